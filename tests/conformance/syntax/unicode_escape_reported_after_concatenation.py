# A literal that cannot be decoded is reported at the token after the adjacent literals, once all are read
message = ("first part "
           "second \u12 part")
print(message)
