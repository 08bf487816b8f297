# Counter.most_common(n) is heapq.nlargest(n, self.items(), key=itemgetter(1)): ties, sizes, refcounts and bad n
import sys
from collections import Counter


class Word:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        return self.text == other.text


words = [Word(t) for t in "the cat sat on the mat the end".split()]
counts = Counter(words)
print(counts.most_common(1))
print(counts.most_common(3))
print(counts.most_common(100))
print(counts.most_common(0), counts.most_common(-2))
top = counts.most_common(2)
print([sys.getrefcount(w) for w in words[:3]])
del top
print([sys.getrefcount(w) for w in words[:3]])
print(Counter("abracadabra").most_common(3))
for n in ("2", 1.5, 2.0, 9.0, [1]):
    try:
        print(repr(n), Counter("aab").most_common(n))
    except TypeError as e:
        print(repr(n), "TypeError:", e)
