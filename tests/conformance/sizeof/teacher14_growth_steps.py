# Watching containers grow: list.append over-allocation steps, dict and set resize points
import sys

lst = []
last = sys.getsizeof(lst)
print('empty list', last)
for i in range(40):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(f'  len {len(lst):2} -> {size} bytes (room for {(size - 56) // 8})')
        last = size
d = {}
last = sys.getsizeof(d)
print('empty dict', last)
for i in range(50):
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(f'  len {len(d):2} -> {size}')
        last = size
s = set()
last = sys.getsizeof(s)
print('empty set', last)
for i in range(50):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(f'  len {len(s):2} -> {size}')
        last = size
print('pop all list items')
while lst:
    lst.pop()
    size = sys.getsizeof(lst)
    if size != last:
        print(f'  len {len(lst):2} -> {size}')
        last = size
print('dict after deletes keeps its size', end=' ')
for i in range(45):
    del d[i]
print(sys.getsizeof(d), len(d))
d2 = dict(d)
print('copy is compact', sys.getsizeof(d2))
s.clear()
print('cleared set', sys.getsizeof(s))
words = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words[w] = words.get(w, 0) + 1
print('word dict', len(words), sys.getsizeof(words))
comp = [i for i in range(17)]
print('comprehension 17', sys.getsizeof(comp), 'list(range(17))', sys.getsizeof(list(range(17))), 'literal*', sys.getsizeof([0] * 17))
