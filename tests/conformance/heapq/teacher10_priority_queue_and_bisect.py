# heapq priority queue with tie-breaking counters, bisect grading and insort keys
import heapq, bisect, itertools, sys

class Task:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Task({self.name})"

pq = []
counter = itertools.count()
for prio, name in [(3, "write"), (1, "plan"), (2, "test"), (1, "coffee"), (3, "ship")]:
    heapq.heappush(pq, (prio, next(counter), Task(name)))
print([e[2] for e in pq])
t = pq[0][2]
print("refs", sys.getrefcount(t))
order = []
while pq:
    prio, _, task = heapq.heappop(pq)
    order.append((prio, task.name))
print(order, "refs", sys.getrefcount(t))
nums = [5, 7, 9, 1, 3]
heapq.heapify(nums)
print(nums, heapq.heappushpop(nums, 4), heapq.heapreplace(nums, 0), nums)
print(heapq.nlargest(2, [4, 1, 8, 3]), heapq.nsmallest(3, "hello", key=ord))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len, reverse=False)))
try:
    heapq.heappush(pq, (1, Task("x")))
    heapq.heappush(pq, (1, Task("y")))
except TypeError as e:
    print("TypeError", e)
print(len(pq))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 5), bisect.bisect_right(sorted_list, 5))
people = [("al", 30), ("bo", 20), ("cy", 40)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ("di", 25), key=lambda p: p[1])
print(people, bisect.bisect_left(people, 30, key=lambda p: p[1]))
print(bisect.bisect(sorted_list, 5, lo=2, hi=4))
try:
    bisect.bisect([], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
print(sys.getsizeof(sorted_list), sys.getsizeof(people))
