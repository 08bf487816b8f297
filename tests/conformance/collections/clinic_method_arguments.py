# OrderedDict's and memoryview's Argument Clinic methods: a missing required argument before an unknown keyword, and keywords by name.
import collections
def attempt(label, call):
    try:
        print(label, "->", call())
    except (TypeError, ValueError) as error:
        print(label, "!!", type(error).__name__, error)
od = collections.OrderedDict(a=1, b=2)
attempt("move_to_end(zz=1)", lambda: od.move_to_end(zz=1))
attempt("pop(zz=1)", lambda: od.pop(zz=1))
attempt("setdefault(zz=1)", lambda: od.setdefault(zz=1))
attempt("pop('a', zz=1)", lambda: od.pop("a", zz=1))
attempt("move_to_end(key='a', last=False)", lambda: od.move_to_end(key="a", last=False))
attempt("pop(key='b')", lambda: od.pop(key="b"))
print(od)
view = memoryview(b"abc")
attempt("hex(zz=1)", lambda: view.hex(zz=1))
attempt("hex(1, 2, 3)", lambda: view.hex(1, 2, 3))
attempt("hex(sep=':')", lambda: view.hex(sep=":"))
attempt("hex(':', bytes_per_sep=2)", lambda: view.hex(":", bytes_per_sep=2))
attempt("tobytes(zz=1)", lambda: view.tobytes(zz=1))
attempt("tobytes('C', 1)", lambda: view.tobytes("C", 1))
attempt("tobytes(order=None)", lambda: view.tobytes(order=None))
attempt("cast()", lambda: view.cast())
attempt("cast(1, 2, 3)", lambda: view.cast(1, 2, 3))
attempt("cast(None)", lambda: view.cast(None))
attempt("cast(format='c').tolist()", lambda: view.cast(format="c").tolist())
attempt("cast('B', shape=[3]).tolist()", lambda: view.cast("B", shape=[3]).tolist())
attempt("cast('B', zz=1)", lambda: view.cast("B", zz=1))
