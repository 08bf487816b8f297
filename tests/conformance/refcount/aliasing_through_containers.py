# aliasing: names, lists, dicts and tuples each add one reference
import sys
data = [1, 2, 3]
print("start", sys.getrefcount(data))
alias = data
print("alias", sys.getrefcount(data), alias is data)
box = [data, data]
print("in list twice", sys.getrefcount(data))
table = {"a": data, "b": data}
print("in dict twice", sys.getrefcount(data))
pair = (data, None)
print("in tuple", sys.getrefcount(data))
holder = {id(data): data}
print("dict keyed by id", sys.getrefcount(data))
del box
print("list gone", sys.getrefcount(data))
table.clear()
print("dict cleared", sys.getrefcount(data))
pair = None
holder.popitem()
print("all gone", sys.getrefcount(data))
alias.append(4)
print(data, len(data))
