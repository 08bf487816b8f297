#| stdin: Ann\n42\n\n  spaced  \nlast line without a newline
# input() reads a line a call, without its newline; the prompt goes to stdout first; EOFError at the end
name = input("Name? ")
age = int(input("Age? "))
blank = input()
spaced = input("> ")
print()
print(repr(name), age + 1, repr(blank), repr(spaced))
import sys
print(sys.getrefcount(name), sys.getrefcount(input()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
input("and again: ")
