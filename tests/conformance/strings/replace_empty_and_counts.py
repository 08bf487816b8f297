# str.replace with an empty old str inserts before every character and at the end, count times; other counts
s = "héllo"
print(s.replace("", "-"), s.replace("", "-", 2), s.replace("", "-", 0), s.replace("", "-", 99), "".replace("", "x"))
print(s.replace("l", "L", 1), s.replace("l", "", -1), s.replace("zz", "y"), "aaa".replace("a", "b", 2), "aaaa".replace("aa", "b"))
