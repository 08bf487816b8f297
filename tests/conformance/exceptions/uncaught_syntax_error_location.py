# a SyntaxError raised by the program with a location prints python3's File/text/caret block after the traceback
def check(source):
    raise SyntaxError("invalid syntax", ("config.py", 2, 5, "    x = foo(1, 2)\n", 2, 12))
try:
    check("x")
except SyntaxError as e:
    print(type(e).__name__, e, e.lineno, e.end_offset)
raise SyntaxError("unexpected token", ("prog.py", 4, 3, "a = = b\n"))
