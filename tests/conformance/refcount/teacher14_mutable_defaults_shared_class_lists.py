# The mutable default argument and the shared class attribute: one list behind every call and every instance
import sys

def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket

a = append_to(1)
b = append_to(2)
print(a, b, a is b, sys.getrefcount(a), append_to.__defaults__[0] is a)
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2), safe(1) is safe(1))

class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)

x = Team('x'); y = Team('y')
x.join('ann'); y.join('bob')
print(Team.members, x.members is y.members, 'members' in vars(x))
print('count of shared list', sys.getrefcount(Team.members))
x.members = ['own']
print(x.members, y.members, 'members' in vars(x))
del x.members
print(x.members)
ids = [append_to(i) for i in range(3)]
print(len(ids[0]), all(l is ids[0] for l in ids), sys.getrefcount(ids[0]))
del ids
print(sys.getrefcount(a), len(a), sys.getsizeof(a))
append_to.__defaults__ = ([],)
print(append_to(9), a)
del b
print(sys.getrefcount(a))
