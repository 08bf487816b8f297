# title() and capitalize() use each character's titlecase: ligatures, ŉ, Georgian, Greek with iota subscript
samples = ["\ufb01sh", "\ufb00", "\u0149x", "\u0587", "\u01c6z", "\u10d0\u10d1\u10d2", "\u1f80\u03b1", "\u1fb3", "\u1fb2",
           "\u1fb7", "\u1ff3", "\u1fc4", "\u1f88x", "stra\u00dfe", "\u0130i", "h\u0131"]
for s in samples:
    print(ascii(s), ascii(s.title()), ascii(s.capitalize()), ascii(("ab " + s).title()))
