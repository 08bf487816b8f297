# encode and decode name None as None in their argument errors (_PyArg_BadArgument)
for call in [lambda: "x".encode(None), lambda: b"x".decode(None), lambda: "x".encode("utf-8", None), lambda: b"x".decode(errors=None)]:
    try:
        call()
    except TypeError as e:
        print(e)
