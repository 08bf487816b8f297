# str.format field names and keys of decimal digits are numbers in any script, read exactly past 2**53; one past a Py_ssize_t is "Too many decimal digits"; casefold of capital sharp s is "ss"
print("{0[12345678901234567]}".format({12345678901234567: "ok"}))
for t in ("{9007199254740993}", "{9223372036854775807}", "{9223372036854775808}", "{0[9223372036854775808]}"):
    try:
        print(t.format([1]))
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print("{١}".format("a", "b"), "{0[١]}".format({1: "int", "١": "str"}), "{0[٣x]}".format({"٣x": "key"}))
print("{x}".format(**{"x": 1}), "ẞ".casefold(), "Straẞe".casefold() == "strasse".casefold())
