package idcard

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
)

// SAMID is the SAM module's 16-byte management number (管理信息).
type SAMID [16]byte

// String formats the number the way vendor tools print it:
// AA.BB-N1-N2-N3, with bytes 0 and 2 as two decimal digits and three
// little-endian 32-bit numbers from bytes 4, 8 and 12.
func (s SAMID) String() string {
	return fmt.Sprintf("%02d.%02d-%d-%010d-%010d", s[0], s[2],
		binary.LittleEndian.Uint32(s[4:]), binary.LittleEndian.Uint32(s[8:]), binary.LittleEndian.Uint32(s[12:]))
}

// SAMStatus asks the SAM for its self-test result: nil when it is ready,
// ErrSelfTestFailed (SW3 60) when it cannot accept commands.
func (r *Reader) SAMStatus(ctx context.Context) error {
	_, err := r.Transact(ctx, CmdSAMStatus, nil)
	return err
}

// ResetSAM resets the SAM module.
func (r *Reader) ResetSAM(ctx context.Context) error {
	_, err := r.Transact(ctx, CmdResetSAM, nil)
	return err
}

// SAMID reads the SAM's management number.
func (r *Reader) SAMID(ctx context.Context) (SAMID, error) {
	resp, err := r.Transact(ctx, CmdSAMID, nil)
	if err != nil {
		return SAMID{}, err
	}
	var id SAMID
	if len(resp.Data) != len(id) {
		return SAMID{}, fmt.Errorf("idcard: %s: %w: %d data bytes, want %d", CmdSAMID, ErrMalformed, len(resp.Data), len(id))
	}
	copy(id[:], resp.Data)
	return id, nil
}

// FindCard looks for a card in the field: nil when one answered (SW3 9F),
// ErrNoCard (SW3 80) when none did.
func (r *Reader) FindCard(ctx context.Context) error {
	_, err := r.Transact(ctx, CmdFindCard, nil)
	return err
}

// SelectCard selects the card found by FindCard: nil, or ErrSelectFailed.
func (r *Reader) SelectCard(ctx context.Context) error {
	_, err := r.Transact(ctx, CmdSelectCard, nil)
	return err
}

// ReadCard reads the selected card's text and photo and validates the card
// number. A number that fails validation yields an *InvalidIDError and no
// Identity; a failed read yields ErrReadFailed.
func (r *Reader) ReadCard(ctx context.Context) (*Identity, error) {
	return r.readCard(ctx, CmdReadText)
}

// ReadCardWithFingerprint is ReadCard plus the fingerprint data, when the
// card holds one.
func (r *Reader) ReadCardWithFingerprint(ctx context.Context) (*Identity, error) {
	return r.readCard(ctx, CmdReadFinger)
}

func (r *Reader) readCard(ctx context.Context, c Command) (*Identity, error) {
	resp, err := r.Transact(ctx, c, nil)
	defer r.wipeAfterRead(resp.Data)
	if err != nil {
		return nil, err
	}
	cd, err := splitCardData(c == CmdReadFinger, resp.Data)
	if err != nil {
		return nil, fmt.Errorf("idcard: %s: %w", c, err)
	}
	id, err := NewIdentity(cd.text, cd.photo, cd.finger)
	if err != nil {
		return nil, fmt.Errorf("idcard: %s: %w", c, err)
	}
	return id, nil
}

// ReadNewAddress reads the newest address (追加住址) of the selected card:
// "" and nil when the card has none (SW3 91).
func (r *Reader) ReadNewAddress(ctx context.Context) (string, error) {
	resp, err := r.Transact(ctx, CmdReadNewAddress, nil)
	defer r.wipeAfterRead(resp.Data)
	if errors.Is(err, ErrNoContent) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return DecodeAddress(resp.Data), nil
}

// wipeAfterRead zeroes a response that carried card data and the buffers
// it passed through.
func (r *Reader) wipeAfterRead(data []byte) {
	clear(data)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.scrub()
}
