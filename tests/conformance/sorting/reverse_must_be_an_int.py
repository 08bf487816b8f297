# list.sort's and sorted()'s reverse is Argument Clinic's bool(accept={int}): an int or an __index__, read as a C int; anything else is a TypeError, a huge int an OverflowError.
class I:
    def __index__(self):
        return 1
for r in (None, 1.5, "x", [], 2**40, 0, 1, True, I(), -3):
    for f in (lambda r: sorted([2, 1, 3], reverse=r), lambda r: [2, 1, 3].sort(reverse=r) or "sorted"):
        try:
            print(f(r))
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
