// Package documents lays out the A4 papers a village terminal prints, as
// PDF, in Chinese, in the plain style of government paper:
//
//   - [SocialSecurityCertificate] 参保证明: the person, insured periods per
//     insurance type and a monthly contribution table that runs over as
//     many pages as it needs, with the issuing office and date.
//   - [ApplicationReceipt] 受理回执: an approval application, its tracking
//     number, the materials received, the promised time limit and how the
//     result will be delivered.
//   - [PropertySummary] 不动产登记信息摘要: owners (masked), address, area,
//     use, certificate number (masked) and encumbrances.
//   - [JobSlip] 职位信息单: a job posting to take away.
//
// Each type is a plain data struct; [Render] turns any of them into PDF
// bytes. The bundled WenQuanYi Micro Hei TrueType font (package assets) is
// embedded as a subset, so a page prints the same on any printer.
//
// Every document carries a [Header]: a verification code (see
// [NewVerifyCode]) printed as text and as a QR code that points at
// <VerifyBase>/v1/verify/<code> ([VerifyURL]), the issue time and the
// issuing station. The footer of every page repeats the code and the QR,
// says in Chinese how to verify the paper and numbers the pages
// ("第 1 页 共 2 页").
//
// ID numbers are masked (4401********1234, [MaskID]) on every document
// except a social-security certificate whose caller sets
// [SocialSecurityCertificate.OwnCopy] for the resident's own copy. Owner and
// applicant names are masked on the property summary and the application
// receipt ([MaskName]); the certificate shows the full name because the
// body it is handed to must see whose it is.
//
// Output is deterministic: the same input gives the same bytes. The PDF's
// creation date is [Options.CreationDate] or, when that is zero, the issue
// time, and times print in China Standard Time (UTC+8) whatever the
// machine's zone.
//
// The package depends on nothing of the kiosk but package assets.
package documents
