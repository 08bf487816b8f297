# list.sort empties the list while it sorts: a key sees it empty (sys.getsizeof 48), what it adds is dropped, then ValueError
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


data = [3, 1, 2]


def key(x):
    print("key", x, len(data), sys.getsizeof(data))
    data.append(Noisy(x))
    return x


try:
    data.sort(key=key)
except ValueError as error:
    print(error)
print(data)


def clearing_key(x):
    data.clear()
    return -x


data.sort(key=clearing_key)
print(data)
try:
    data.sort(key=lambda x: [][x])
except IndexError as error:
    print("key failed:", error, data)
