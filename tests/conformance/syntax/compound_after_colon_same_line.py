# A compound statement cannot follow a colon on the same line: python3 says invalid syntax there
x = 1
if x: print("simple statements are fine"); y = 2
if x: if y: print("never runs")
