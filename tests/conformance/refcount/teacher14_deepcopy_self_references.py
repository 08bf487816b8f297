# copy.deepcopy of self-referencing structures: the memo keeps the shape, refcounts before and after
import copy, sys, gc

a = [1, 2]
a.append(a)
print('a refcount before', sys.getrefcount(a))
b = copy.deepcopy(a)
print('a refcount after', sys.getrefcount(a))
print('b refcount', sys.getrefcount(b), 'b[2] is b', b[2] is b, 'b is a', b is a)
print('repr', b)

class Tree:
    def __init__(self, label, parent=None):
        self.label = label
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

root = Tree('root')
kid = Tree('kid', root)
Tree('leaf', kid)
print('root count', sys.getrefcount(root), 'kid count', sys.getrefcount(kid))
clone = copy.deepcopy(root)
print('root count after', sys.getrefcount(root), 'clone count', sys.getrefcount(clone))
ck = clone.children[0]
print('clone kid parent is clone', ck.parent is clone, 'shares nothing', ck is not kid)
print('clone kid count', sys.getrefcount(ck))
memo = {}
c2 = copy.deepcopy(kid, memo)
print('memo size', len(memo), 'kid in memo', id(kid) in memo, 'root copied', memo[id(root)] is c2.parent)
print('kid count with memo alive', sys.getrefcount(kid))
del memo
print('kid count after memo', sys.getrefcount(kid))
d = {'name': 'cfg'}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e, e, sys.getrefcount(e))
shallow = copy.copy(d)
print('shallow self points at original', shallow['self'] is d, sys.getrefcount(d))
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print('tuple cycle copied', u[0][0] is u, u is not t)
del a, b, root, kid, clone, ck, c2, d, e, shallow, t, u
print('collected', gc.collect())
