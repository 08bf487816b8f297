# printf-style % formatting.
print("%s is %d years" % ("Ada", 36))
print("%5.2f|%-6s|%06d|%x|%o|%e" % (3.14159, "ab", 42, 255, 8, 12345.678))
print("%r and %s" % ("text", "text"))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("100%% sure, %c" % 65)
print("%+d %+d" % (5, -5))
