# str methods that take no arguments (METH_NOARGS) refuse arguments and keywords with CPython's message
for call in [lambda: "a".upper(1), lambda: "a".lower(x=1), lambda: "a".isdigit(None), lambda: "A b".title(1, 2), lambda: "x".isidentifier(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print("abc".upper(), "ABC".lower(), "Abc".swapcase(), "abc def".title(), "12".isdigit())
