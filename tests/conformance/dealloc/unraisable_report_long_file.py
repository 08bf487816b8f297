# A __del__ raising on a line past the first 8192 bytes: the traceback's source read takes two chunks of the file, and a line cut by the chunk boundary is gathered in a list, which counts in gc.get_count() after a full collection.
import gc


class Quiet:
    def __del__(self):
        pass


# padding line 000 keeps the raising line below past the first chunk of this file read by io.
# padding line 001 keeps the raising line below past the first chunk of this file read by io.
# padding line 002 keeps the raising line below past the first chunk of this file read by io.
# padding line 003 keeps the raising line below past the first chunk of this file read by io.
# padding line 004 keeps the raising line below past the first chunk of this file read by io.
# padding line 005 keeps the raising line below past the first chunk of this file read by io.
# padding line 006 keeps the raising line below past the first chunk of this file read by io.
# padding line 007 keeps the raising line below past the first chunk of this file read by io.
# padding line 008 keeps the raising line below past the first chunk of this file read by io.
# padding line 009 keeps the raising line below past the first chunk of this file read by io.
# padding line 010 keeps the raising line below past the first chunk of this file read by io.
# padding line 011 keeps the raising line below past the first chunk of this file read by io.
# padding line 012 keeps the raising line below past the first chunk of this file read by io.
# padding line 013 keeps the raising line below past the first chunk of this file read by io.
# padding line 014 keeps the raising line below past the first chunk of this file read by io.
# padding line 015 keeps the raising line below past the first chunk of this file read by io.
# padding line 016 keeps the raising line below past the first chunk of this file read by io.
# padding line 017 keeps the raising line below past the first chunk of this file read by io.
# padding line 018 keeps the raising line below past the first chunk of this file read by io.
# padding line 019 keeps the raising line below past the first chunk of this file read by io.
# padding line 020 keeps the raising line below past the first chunk of this file read by io.
# padding line 021 keeps the raising line below past the first chunk of this file read by io.
# padding line 022 keeps the raising line below past the first chunk of this file read by io.
# padding line 023 keeps the raising line below past the first chunk of this file read by io.
# padding line 024 keeps the raising line below past the first chunk of this file read by io.
# padding line 025 keeps the raising line below past the first chunk of this file read by io.
# padding line 026 keeps the raising line below past the first chunk of this file read by io.
# padding line 027 keeps the raising line below past the first chunk of this file read by io.
# padding line 028 keeps the raising line below past the first chunk of this file read by io.
# padding line 029 keeps the raising line below past the first chunk of this file read by io.
# padding line 030 keeps the raising line below past the first chunk of this file read by io.
# padding line 031 keeps the raising line below past the first chunk of this file read by io.
# padding line 032 keeps the raising line below past the first chunk of this file read by io.
# padding line 033 keeps the raising line below past the first chunk of this file read by io.
# padding line 034 keeps the raising line below past the first chunk of this file read by io.
# padding line 035 keeps the raising line below past the first chunk of this file read by io.
# padding line 036 keeps the raising line below past the first chunk of this file read by io.
# padding line 037 keeps the raising line below past the first chunk of this file read by io.
# padding line 038 keeps the raising line below past the first chunk of this file read by io.
# padding line 039 keeps the raising line below past the first chunk of this file read by io.
# padding line 040 keeps the raising line below past the first chunk of this file read by io.
# padding line 041 keeps the raising line below past the first chunk of this file read by io.
# padding line 042 keeps the raising line below past the first chunk of this file read by io.
# padding line 043 keeps the raising line below past the first chunk of this file read by io.
# padding line 044 keeps the raising line below past the first chunk of this file read by io.
# padding line 045 keeps the raising line below past the first chunk of this file read by io.
# padding line 046 keeps the raising line below past the first chunk of this file read by io.
# padding line 047 keeps the raising line below past the first chunk of this file read by io.
# padding line 048 keeps the raising line below past the first chunk of this file read by io.
# padding line 049 keeps the raising line below past the first chunk of this file read by io.
# padding line 050 keeps the raising line below past the first chunk of this file read by io.
# padding line 051 keeps the raising line below past the first chunk of this file read by io.
# padding line 052 keeps the raising line below past the first chunk of this file read by io.
# padding line 053 keeps the raising line below past the first chunk of this file read by io.
# padding line 054 keeps the raising line below past the first chunk of this file read by io.
# padding line 055 keeps the raising line below past the first chunk of this file read by io.
# padding line 056 keeps the raising line below past the first chunk of this file read by io.
# padding line 057 keeps the raising line below past the first chunk of this file read by io.
# padding line 058 keeps the raising line below past the first chunk of this file read by io.
# padding line 059 keeps the raising line below past the first chunk of this file read by io.
# padding line 060 keeps the raising line below past the first chunk of this file read by io.
# padding line 061 keeps the raising line below past the first chunk of this file read by io.
# padding line 062 keeps the raising line below past the first chunk of this file read by io.
# padding line 063 keeps the raising line below past the first chunk of this file read by io.
# padding line 064 keeps the raising line below past the first chunk of this file read by io.
# padding line 065 keeps the raising line below past the first chunk of this file read by io.
# padding line 066 keeps the raising line below past the first chunk of this file read by io.
# padding line 067 keeps the raising line below past the first chunk of this file read by io.
# padding line 068 keeps the raising line below past the first chunk of this file read by io.
# padding line 069 keeps the raising line below past the first chunk of this file read by io.
# padding line 070 keeps the raising line below past the first chunk of this file read by io.
# padding line 071 keeps the raising line below past the first chunk of this file read by io.
# padding line 072 keeps the raising line below past the first chunk of this file read by io.
# padding line 073 keeps the raising line below past the first chunk of this file read by io.
# padding line 074 keeps the raising line below past the first chunk of this file read by io.
# padding line 075 keeps the raising line below past the first chunk of this file read by io.
# padding line 076 keeps the raising line below past the first chunk of this file read by io.
# padding line 077 keeps the raising line below past the first chunk of this file read by io.
# padding line 078 keeps the raising line below past the first chunk of this file read by io.
# padding line 079 keeps the raising line below past the first chunk of this file read by io.
# padding line 080 keeps the raising line below past the first chunk of this file read by io.
# padding line 081 keeps the raising line below past the first chunk of this file read by io.
# padding line 082 keeps the raising line below past the first chunk of this file read by io.
# padding line 083 keeps the raising line below past the first chunk of this file read by io.
# padding line 084 keeps the raising line below past the first chunk of this file read by io.
# padding line 085 keeps the raising line below past the first chunk of this file read by io.
# padding line 086 keeps the raising line below past the first chunk of this file read by io.
# padding line 087 keeps the raising line below past the first chunk of this file read by io.
# padding line 088 keeps the raising line below past the first chunk of this file read by io.
# padding line 089 keeps the raising line below past the first chunk of this file read by io.
# padding line 090 keeps the raising line below past the first chunk of this file read by io.
# padding line 091 keeps the raising line below past the first chunk of this file read by io.
# padding line 092 keeps the raising line below past the first chunk of this file read by io.
# padding line 093 keeps the raising line below past the first chunk of this file read by io.
# padding line 094 keeps the raising line below past the first chunk of this file read by io.


class Boom:
    def __del__(self):
        raise ValueError("boom")


gc.collect()
for i in range(3):
    before = gc.get_count()[0]
    Quiet()
    middle = gc.get_count()[0]
    Boom()
    after = gc.get_count()[0]
    print(i, middle - before, after - middle)
