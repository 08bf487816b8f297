# String comparison, concatenation, repetition and membership.
print("apple" < "banana", "Zebra" < "apple", "abc" == "abc", "a" * 3, "ab" + "cd")
print(sorted(["pear", "Apple", "banana", "apple"]))
print(max("hello"), min("hello"))
print("ell" in "hello", "" in "x", "z" not in "abc")
print("10" < "9", 10 < 9)
