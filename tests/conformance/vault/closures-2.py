#| title: A closure keeps its variables alive
import sys

class Dataset:
    def __del__(self):
        print("Dataset freed")

def make_reader():
    data = Dataset()
    def read():
        return data
    return read

reader = make_reader()
print("make_reader has returned, yet the data lives:", isinstance(reader(), Dataset))
print("held by the cell alone:", sys.getrefcount(reader()) - 1)
del reader
print("the reader is gone, and its data with it")
