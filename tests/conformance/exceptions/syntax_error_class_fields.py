# SyntaxError, IndentationError and TabError as classes a program raises and catches: msg and location fields, str(), argument checks, sizes
import sys
e = SyntaxError("bad thing")
print(repr(e), str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
f = SyntaxError("oops", ("/tmp/dir/mod.py", 3, 5, "x = = 1\n"))
print(str(f), f.filename, f.lineno, f.offset, repr(f.text), f.end_lineno, f.end_offset, f.args)
g = SyntaxError("msg", ("file.py", 7, 1, "t", 7, 4))
print(str(g), g.end_lineno, g.end_offset)
print(str(SyntaxError("m", (None, 2, 0, None))), str(SyntaxError("m", ("f.py", None, 0, None))), str(SyntaxError()))
for bad in [("m", (1, 2)), ("m", (1, 2, 3, 4, 5)), ("m", 5), ("m", (1, 2, 3, 4, 5, 6, 7))]:
    try:
        SyntaxError(*bad)
    except TypeError as err:
        print("TypeError:", err)
try:
    SyntaxError("m", x=1)
except TypeError as err:
    print("TypeError:", err)
print(IndentationError.__mro__[1:3], TabError.__bases__, issubclass(TabError, SyntaxError))
print(sys.getsizeof(e), sys.getsizeof(IndentationError("i")), sys.getsizeof(TabError()))
try:
    raise IndentationError("expected an indented block", ("prog.py", 2, 4, "  pass"))
except SyntaxError as err:
    print(type(err).__name__, err, err.lineno)
try:
    raise TabError("tabs")
except (ValueError, SyntaxError) as err:
    print("caught", repr(err))
class MyErr(SyntaxError):
    def __init__(self, m):
        super().__init__(m, ("here.py", 1, 1, "code"))
m = MyErr("custom")
print(m, m.filename, m.msg, m.args)
m.lineno = 10
print(m)
try:
    SyntaxError("a", "bc")
except TypeError as err:
    print("TypeError:", err)
h = SyntaxError("a", ["f.py", 1, 2, "text"])
print(h.filename, h.lineno, h.offset, h.text, h)

