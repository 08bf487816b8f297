# except *E (space before the type), a tuple, else and finally all parse and run
try:
    pass
except *ValueError as e:
    pass
except* (TypeError, KeyError):
    pass
else:
    x = 1
finally:
    pass
print("ok")
