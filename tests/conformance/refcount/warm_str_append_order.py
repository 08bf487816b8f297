# s += t on a str local whose hash was computed (not resizable): warm BINARY_OP_INPLACE_ADD_UNICODE frees old s before t
def f(x):
    s = 'abcdefghi' + x
    hash(s)
    i_s = id(s)
    L = [x * 9]; i_t = id(L[0])
    s += L.pop()
    n = x * 10
    return 'S' if id(n) == i_s else 'T' if id(n) == i_t else '-'
print(''.join(f(chr(97 + i % 26)) for i in range(20)))
