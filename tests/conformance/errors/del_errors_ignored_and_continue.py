# errors raised inside __del__ are printed as 'Exception ignored' and the program goes on
class Temp:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        raise ValueError("cleanup failed for " + self.name)
t = Temp("a")
del t
print("after a")
def make():
    Temp("b")
    print("made b")
make()
class Bad:
    def __del__(self):
        self.missing.close()
x = Bad()
x = None
class Nested:
    def __del__(self):
        helper()
def helper():
    return 1 / 0
n = Nested()
del n
l = [Temp("c"), Temp("d")]
l.clear()
print("end")
