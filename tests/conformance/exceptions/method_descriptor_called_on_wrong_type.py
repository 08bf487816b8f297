# A builtin method called unbound checks its first argument's type (method_vectorcall's descr_check), whatever type owns it.
for call in (lambda: BaseException.with_traceback(5, None), lambda: BaseException.add_note("x", "n"), lambda: dict.keys([]), lambda: str.upper(b"a"), lambda: Exception.with_traceback(KeyError(), None)):
    try:
        print(call())
    except TypeError as e:
        print(e)
