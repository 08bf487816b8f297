# sorted with key and reverse; sort is stable.
words = ["banana", "Apple", "cherry", "date", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((2, 1)))
