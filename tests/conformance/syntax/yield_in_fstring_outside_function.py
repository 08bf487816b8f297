# 'yield' inside an f-string's field at module level is outside any function
name = "x"
print(f"value: {(yield name)}")
