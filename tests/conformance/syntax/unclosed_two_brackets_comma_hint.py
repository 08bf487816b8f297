# Two unclosed brackets on different lines: the inner one's line equals the last read line, so the comma hint stays
foo(1,
  2
z = {
