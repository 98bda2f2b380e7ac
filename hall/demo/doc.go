// Package demo produces the demo datasets the hall serves when it runs
// without a real back-end: Shunde district's ten towns and subdistricts with
// their village and community service stations, the approval-item catalog
// (行政审批事项目录) with its departments and life events, job postings
// across the towns' industries, the consultation knowledge base, notices
// for the terminals, and the hospitals that take bookings.
//
// The data is invented but shaped like the real district: real town names,
// station names that are real or plausible for the Pearl River Delta, the
// departments a district government actually has, items named the way
// Guangdong catalogs name them, realistic materials, fees, time limits and
// legal bases. Nothing here is authoritative; it is meant for demos,
// screenshots and tests.
//
// Everything is built from hand-written tables in a fixed order, so the
// result is deterministic: two calls return deep-equal values that encode to
// byte-identical JSON. Every call returns fresh values, so a caller may
// modify what it gets without affecting later calls.
package demo
