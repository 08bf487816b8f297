# Reading an unbound global raises NameError.
print("start")
print(undefined_name)
