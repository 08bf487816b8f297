# A list subclass behaves as a list: methods, indexing, slicing, len, iteration, repr, equality, + and +=
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
print(s, repr(s), str(s), len(s), s.is_empty(), bool(s))
s.push(1)
s.push(2)
s.push(3)
print(s, s.peek(), len(s), s[0], s[-2], s[1:], type(s[1:]).__name__)
print(s.pop(), s, s.is_empty())
s.extend([7, 8])
s.insert(0, 0)
s.sort(reverse=True)
print(s, s.index(7), s.count(8), 7 in s, 9 in s)
for x in s:
    print("item", x)
print(type(s) is Stack, type(s) is list, isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list))
print(s == [8, 7, 2, 1, 0], [8, 7, 2, 1, 0] == s, s != [1], s < [9], s == Stack([8, 7, 2, 1, 0]))
both = s + [5]
print(both, type(both).__name__, type(s * 2).__name__, type(list(s)).__name__, list(s))
s += [4]
print(s, type(s).__name__)
s *= 2
print(len(s), type(s).__name__)
s[0] = "first"
del s[1]
s[2:4] = ["a", "b", "c"]
print(s)
print(sorted(Stack([3, 1, 2])), max(Stack([3, 1, 2])), sum(Stack([3, 1, 2])), tuple(Stack("ab")))
print(Stack.__mro__)
print([Stack([1]), Stack()], {"k": Stack([2])})
s.clear()
print(s, len(s))
