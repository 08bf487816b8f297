# Searching and replacing inside strings.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"))
print(s.index("sat"), s.count("at"), s.count("the"))
print(s.replace("at", "og"))
print(s.replace("at", "og", 1))
print(s.startswith("the"), s.endswith(("mat", "hat")), "cat" in s)
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
