# The order of try, except, else and finally.
def attempt(value):
    try:
        print("try", value)
        result = 10 // value
    except ZeroDivisionError:
        print("except")
        return "failed"
    else:
        print("else")
        return result
    finally:
        print("finally")

print(attempt(2))
print(attempt(0))
