# An undecodable escape after a non-ASCII character: python3 counts each such character as 10 bytes of \U escape
name = "café"
print("café \x4")
