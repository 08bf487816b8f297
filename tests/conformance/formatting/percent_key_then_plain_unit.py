# a %(key) unit makes its value the only argument left: a later unit without a key finds none, an earlier one takes the mapping
for fmt, args in [("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(b)s %s", {"a": 1, "b": 2}), ("%(a)*d", {"a": 5}), ("%(a)s", {"a": 1}), ("%(a)s%%", {"a": 1})]:
    for f, a in ((fmt, args), (fmt.encode(), {k.encode(): v for k, v in args.items()})):
        try:
            print(repr(f % a))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
