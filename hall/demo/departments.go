package demo

// departments lists the district departments in display order. Their items
// are numbered in this order too.
var departments = []department{
	deptSCJG, deptRSJ, deptGAJ, deptMZJ, deptWJJ, deptJYJ,
	deptZJSW, deptZRZY, deptJTYS, deptSTHJ, deptNYNC, deptWGLT,
	deptSWJ, deptYBJ, deptTYJR, deptCL, deptSFJ, deptYJGL,
	deptCGJ, deptFGJ, deptJKJ, deptBDC, deptGJJ,
}
