# Case methods of str.
s = "hello World of PYTHON"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ß".upper(), "İ".lower() == "i̇")
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Title Case".istitle())
print("UP".isupper(), "low".islower())
