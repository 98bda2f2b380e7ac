package wire

import (
	"crypto/sha256"
	"encoding/hex"
)

// CanonicalRequest is the byte string a terminal signs and the hall
// verifies: the method, the path with its query, the timestamp header and
// the SHA-256 of the body, one per line. Changing any of them — replaying
// an old request, moving it to another endpoint, altering the body —
// breaks the signature.
func CanonicalRequest(method, pathAndQuery, timestamp string, body []byte) []byte {
	sum := sha256.Sum256(body)
	out := make([]byte, 0, len(method)+len(pathAndQuery)+len(timestamp)+64+3)
	out = append(out, method...)
	out = append(out, '\n')
	out = append(out, pathAndQuery...)
	out = append(out, '\n')
	out = append(out, timestamp...)
	out = append(out, '\n')
	return append(out, hex.EncodeToString(sum[:])...)
}
