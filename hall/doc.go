// Package hall is the central server the terminals talk to: the kiosk API
// (health, datasets with revisions and ETags), its bbolt storage and the
// seeding of demo data. The wire types live in sync/wire; the hall imports
// them and never the other way round.
package hall
