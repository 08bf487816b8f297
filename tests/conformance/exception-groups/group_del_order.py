# __del__ order when a group dies: its exceptions tuple is released after the message, items in order
class Loud(Exception):
    def __del__(self):
        print("del", self.args[0])
g = ExceptionGroup("g", [Loud(1), Loud(2), ExceptionGroup("inner", [Loud(3)])])
del g
print("after first")
try:
    raise ExceptionGroup("raised", [Loud(4), Loud(5)])
except* Loud as e:
    print("caught", len(e.exceptions))
print("after second")
def f():
    try:
        raise ExceptionGroup("f", [Loud(6), TypeError(7)])
    except* Loud:
        pass
try:
    f()
except ExceptionGroup as rest:
    print("rest", repr(rest))
print("end")
