/**
 * Sobol' direction numbers of Joe & Kuo, "Constructing Sobol sequences with better two-dimensional
 * projections", SIAM J. Sci. Comput. 30 (2008) 2635, doi:10.1137/070709359: the published table
 * new-joe-kuo-6.21201 (https://web.maths.unsw.edu.au/~fkuo/sobol/), its first 1111 dimensions.
 *
 * Data only. The source file's lines are "d s a m_1 … m_s" (d = dimension, s = degree of the primitive
 * polynomial, a = its inner coefficients as a binary number, m_k = the initial direction integers, odd
 * and < 2^k); dimension 1 (all m_k = 1) is not in the file. Encoding here, to keep the bundle small:
 * line i of JOE_KUO_6_21201 (i = 0, 1, …) is dimension d = i + 2 as "a m_1 … m_s" in base 36, space
 * separated; s is the count of m values. Decoded and checked (m_k odd, < 2^k; a < 2^(s-1)) in sobol.ts.
 * Transcribed from the published file; the count of characters of the whole file and sample rows
 * (d = 2, 3, 8, 54, 102, 162, 299, 1091–1111) were checked against a stored copy of new-joe-kuo-6.21201.
 */
export const JOE_KUO_DIMENSIONS = 1111;

export const JOE_KUO_6_21201 = `0 1
1 1 3
1 1 3 1
2 1 1 1
1 1 1 3 3
4 1 3 5 d
2 1 1 5 5 h
4 1 1 5 5 5
7 1 1 7 b j
b 1 1 5 1 1
d 1 1 1 3 b
e 1 3 5 5 v
1 1 3 3 9 7 1d
d 1 1 1 f l l
g 1 3 1 d r 1d
j 1 1 1 f 7 5
m 1 3 1 f d p
p 1 1 5 5 j 1p
1 1 3 7 b n f 2v
4 1 3 7 d d f 1x
7 1 1 3 d 7 z 1r
8 1 3 5 9 1 p 1h
e 1 3 1 d 9 z 2z
j 1 3 1 5 r 1p v
l 1 1 5 b j 15 1p
s 1 3 5 3 3 d 1x
v 1 1 7 d 1 j 1
w 1 3 7 5 d j 1n
11 1 1 3 9 p t 15
15 1 3 5 d n 1 1j
16 1 3 7 3 d 1n h
1e 1 3 1 3 5 1h 1x
1j 1 1 5 5 n x d
1k 1 1 7 7 1 1p 3f
1n 1 1 7 9 d 1p 1d
1q 1 3 3 5 3 1j x
e 1 3 1 f v d 1d 6t
l 1 3 5 f v 1n 1r 2p
m 1 3 1 b b b 25 6x
12 1 3 1 b r 17 1z 9
1b 1 1 7 f l b 29 19
1d 1 3 7 3 p v 1t 27
1e 1 3 1 1 j b 3 5p
1g 1 1 5 9 j l t 4d
1k 1 3 7 b 1 x 2h 55
1v 1 3 3 3 f 9 27 1z
1y 1 3 7 b f 13 3b r
2c 1 1 3 1 b v 2p 69
2p 1 1 1 3 n 17 1l 4x
2v 1 3 7 7 h h 11 1z
37 1 3 1 5 r 1r 3f 5x
3e 1 1 3 5 b 17 1h 3p
8 1 3 5 5 t h 1b 4t db
d 1 3 3 b 3 1 31 9 1x
g 1 1 1 5 h 13 n 5 9j
m 1 3 1 5 p f v 2v dv
p 1 1 1 b b h 1r 2x 53
18 1 1 5 b 9 t 2p 6f a3
1b 1 1 5 f j 19 15 7 an
1g 1 3 7 7 v j 2b 3t 65
1j 1 1 1 3 n f 33 67 2b
1n 1 1 5 d v f 1j p 4h
1q 1 1 3 d p 1b 13 2f 75
1v 1 1 1 b l 1h 3h 6x 85
22 1 1 7 b b 7 1l 27 8z
29 1 1 5 5 h d 29 3 3n
2a 1 1 7 d n 7 1t 6z d7
2f 1 3 5 1 9 17 3 45 b
2j 1 1 3 d v d d 73 dj
2m 1 3 3 1 5 1r 2h 2j 3j
2v 1 1 3 3 1 j 3f 3j 6l
2w 1 1 5 7 n v 11 6r 81
31 1 1 5 b h 1h 39 53 dn
3e 1 1 1 5 1 d d 5t 9l
3g 1 1 3 f 1 1l 37 7 x
3t 1 3 1 b 7 17 29 5r 4v
3u 1 3 1 1 f r 1r 73 1d
3z 1 3 5 3 r 1p 2x 4r 8h
41 1 1 5 3 1 3 1l 6x 45
48 1 1 3 5 5 1l f d 4f
4d 1 1 1 b 7 b 2x 3x 69
4n 1 3 3 5 r 1n 3d 2t 7j
4t 1 3 5 9 b 1d 1f 1n 37
4w 1 1 7 1 n 19 3h 1z bn
51 1 1 3 5 n 5 2x 31 23
52 1 1 7 f 7 b 1v 3d cl
55 1 3 7 3 9 d v r ch
5b 1 3 1 f j 13 13 2h f
5e 1 1 1 1 1 x 21 41 aj
5j 1 3 1 f f 17 t d df
62 1 1 7 3 j r 2d 3n bz
64 1 3 3 3 5 z n 5f 9p
6b 1 3 3 7 9 r 13 1n 89
6d 1 1 3 9 b h d 6p 4d
6e 1 3 7 f p 1l x 59 5x
6i 1 1 7 1 9 1j 21 2b 61
6k 1 3 3 d j r n 35 6x
6p 1 3 5 3 n 17 3 71 db
6s 1 1 5 5 b 5 19 39 61
71 1 3 3 7 t 11 x 3f 43
4 1 3 1 f 5 5 11 6b 67 cr
d 1 1 7 5 5 13 1r 73 3r dj
j 1 3 1 7 9 7 2f 6x 61 gn
m 1 1 3 d 9 1b 7 69 a3 6v
1e 1 3 7 d j d 9 1v 9 kh
1j 1 3 5 5 j 1n 7 15 8v it
1s 1 1 5 3 v 1r f 17 5r lx
1x 1 1 7 9 d 13 3 1b dt 4p
2q 1 3 1 7 l h 2p j bj p5
2z 1 3 7 1 3 v 1z 33 4l 3j
37 1 1 5 b 1 1p 2b 3b 5n nj
3d 1 3 3 d 9 1p j 2p 1b z
3j 1 1 7 7 f t 1r 2n bl d1
3q 1 3 1 9 p 9 1z 1l 5x ap
3w 1 3 5 d v 1b 2t 1l 13 9h
41 1 1 3 3 v 1l 3h 4t a5 fb
48 1 3 7 1 d 1l 1v 4d cj jn
4e 1 1 1 7 l d 2x 2h bx qt
4h 1 1 5 9 h 1f 19 3b 4d 3x
4r 1 3 7 7 d 19 2j 9 3l kl
51 1 3 7 1 n 1l 1v 3x 47 fv
5e 1 1 3 b h 1b 2l 2z af 4d
5j 1 3 3 5 b l 17 1f 4p pf
5n 1 1 5 3 f 1j 2t 1v cn hd
5s 1 3 5 9 1 n t 1b 9l gj
6b 1 3 7 7 5 1d t 4b 8z gd
6q 1 3 3 7 5 15 3j 1p 79 jx
6z 1 3 7 7 h n 39 1v 3l s1
71 1 1 3 d b 13 l 5r 3f 8h
7d 1 1 3 9 t 3 2n 1b 6f 21
7e 1 3 1 9 1 t 39 l c9 77
7m 1 3 1 d l 13 3h 5v c7 k3
7v 1 1 7 3 h 1r 37 2h 1d lh
81 1 3 7 d b x 2t 2z 1r 21
87 1 1 5 5 d 1l 1r 3r c5 4x
8d 1 1 3 7 r 1r 2l 1b bl df
8s 1 1 3 1 n t 1 5b 1d n
8v 1 1 3 f p 1j 9 2t 63 gv
90 1 3 1 7 7 j 1f 6z ax 8j
9m 1 3 3 3 p 1j h 23 9d 3
9s 1 1 1 d p h 1t 19 db bh
a1 1 1 7 7 r 1d 2r 4h 5x k7
a7 1 3 5 1 n 5 17 15 6z nt
am 1 3 3 7 b 1p 13 2f an n7
az 1 1 3 f d 7 t 7 e1 pn
b2 1 3 7 1 5 v 1b 4d cd dx
b4 1 1 3 7 1 17 9 43 37 gt
bg 1 3 3 d 5 1 3b 5v cn rt
bn 1 1 3 5 d j 3 6r 23 nf
bq 1 3 7 7 1 j 2j 6x 9x gd
bu 1 1 1 9 1 p 31 5h 7r bf
bw 1 3 1 f n 1l 1n 3r 5b 23
c1 1 1 5 f t l 13 71 an 9p
ce 1 3 3 5 j 19 1p 47 5j r9
cm 1 3 5 d 9 1p 2z 3x 3x 1
cp 1 3 1 b r p 2d 2x 8l r7
d4 1 3 3 b j 7 37 67 9p 17
dp 1 1 7 9 l 13 3f l 7n pr
e1 1 1 7 d f 15 1b 6r 8f c5
e4 1 1 1 7 7 3 f 2r bd jz
2 1 3 3 f r 1d 35 3f 35 1v d1
b 1 3 7 b 3 n 2f 4p 3b df 5j
l 1 1 5 f 7 h 31 6d 4z 5x kl
m 1 1 5 d b h p 3r b7 fh 13t
z 1 3 1 1 1 1p 1v 5z 59 q9 yj
1d 1 1 7 d h x 9 65 bx 61 1an
1e 1 1 3 b r 3 f 2l 2l o1 t5
1k 1 3 7 7 p 15 3d z ad aj 16z
1p 1 3 3 9 b z 19 5p 6p 9 1n
1y 1 3 1 7 3 1f 7 4x 1h r3 2h
22 1 1 3 5 r 1 35 6f 8b l3 nx
27 1 3 3 f p t 5 73 3v or 1kf
2c 1 3 1 1 d 9 31 5d bn 2n h
2g 1 1 7 9 3 7 t 15 3r nb o3
2v 1 1 7 9 p 1d 3f 61 35 p9 5z
2w 1 1 7 3 n f 17 3p 61 93 p1
34 1 1 3 3 d 1h 1r 3f d9 jr 12j
37 1 1 3 f 7 t 23 3b 51 ql 6v
39 1 1 1 b r p 31 47 7f 2r 14l
3e 1 3 7 f 5 5 1h 41 b k5 15p
3q 1 3 7 1 9 17 1z 6d 4d gv 1ez
3t 1 3 3 d p 1 5 r d3 9p 3j
42 1 1 1 1 n 11 9 65 7h ox 1at
44 1 1 3 3 v t 1f j 8n fd 1ip
4d 1 3 7 5 5 1j h 13 d7 in 16h
4e 1 1 7 1 1 z 1b r c5 az 19f
4i 1 1 7 3 d n 17 3r 93 3v at
4k 1 3 7 3 9 p 2j p bx 63 e9
4o 1 1 3 5 d t 3b 5l 7p 4d 1kr
4t 1 3 5 3 t 1l d h 4n kj sn
55 1 3 3 5 t l 2n r 73 iv 16j
56 1 3 7 f 9 5 l 1z 1p qp xd
5b 1 3 5 d f 1l x 2l cr o3 67
5d 1 1 1 f h 17 3j 5b 1v 4x tt
5j 1 1 1 f n 7 l 5j 23 85 18r
5x 1 3 7 d f 13 l 45 1t kl 8v
5y 1 3 7 b n d 2t 2h 7p ef jr
64 1 3 7 f j r 2d 5n c9 2p 1gn
6b 1 3 1 3 t p l 4b b 5b 5h
6k 1 1 7 5 r b 29 2t cp ir 1av
6q 1 3 1 5 p 5 1t 5d 15 fr lp
6z 1 3 1 5 b f 35 25 bf jb uv
74 1 1 3 9 b 1h 3b 4r 1j 89 e5
77 1 1 1 1 b 13 35 3v 4l 9n gj
7d 1 3 7 b 9 h 2t d 29 91 1c5
7e 1 3 1 1 l 17 37 9 35 p7 hx
7o 1 1 7 3 9 p 39 5h 4f d3 d7
84 1 3 1 9 b l 1l 5r dh h1 1a5
8g 1 1 7 7 r 1j 1d 67 2h 2d 16b
8m 1 1 5 3 j 15 19 1f cf 8b 11n
8s 1 3 1 d 1 x 39 3z 8p 57 tt
8v 1 1 7 7 5 b 1t 2p ah ah 15p
8y 1 3 1 1 l z 2n 1t 2r n yf
94 1 1 5 9 3 11 2n 4n 37 bt o3
9a 1 3 3 d 1 11 r 59 29 iv lh
9f 1 1 3 b 1 1p 2r 6h bx qx 1d
9h 1 1 1 7 p 1r 2r 4l 6t m1 vr
9l 1 1 5 b b 17 1j 1t 1z 7v 7l
9m 1 1 5 5 9 3 2t 6z 9v aj 18r
a2 1 1 1 f l 1r 2d 2r 1d kt 113
a7 1 1 5 d r 9 3d 17 73 jv 81
ac 1 3 1 5 r j h 67 25 fv 13b
af 1 1 5 3 d 1n 3h 6z 5f fb 1c9
ag 1 3 3 f d r 1d 2x at qz kz
al 1 3 5 f n 17 z 2z cf l7 71
ap 1 3 5 b l 3 h 13 dt bb gz
as 1 1 7 d f v 35 h n e3 1jf
aw 1 1 7 f 3 f v 49 br 27 dz
bd 1 1 7 9 j p n 4r e1 pn 1j9
bj 1 1 5 9 l r 3d 67 3p 2f jd
bk 1 1 5 5 9 j 2z 2r 8v l9 14l
bp 1 1 3 3 j p 3 2t 4r k9 57
bw 1 1 3 1 d n 2d 2l 83 5t 11
bz 1 1 1 f p p 25 71 99 qb tt
c2 1 1 3 9 h t 1j 1b 73 8h 1kl
c7 1 3 3 9 t 1r 9 2v dl q3 16b
ce 1 3 7 f 7 v 2h 4v a9 9f gj
cj 1 3 7 d p 5 1z 5r 6z a7 ih
cl 1 3 3 3 l p 23 z v 8x 18j
cp 1 1 1 9 b 1 1t 5 b 95 ev
cq 1 1 5 3 j d h 17 aj dh an
d3 1 3 5 d d 9 2d 43 dl lv vh
d7 1 3 1 1 5 1f 11 3l 5f 89 1dj
da 1 1 3 f j 1l 1n 51 cn jd 1kh
dg 1 3 7 1 r 9 1t 41 91 59 5l
dp 1 3 1 f v n j 5 dh g5 ez
dq 1 1 7 d b f 1t 2b 55 nj n3
dv 1 3 5 7 7 1j 21 f 8f e7 1gx
dy 1 3 5 9 7 l 19 f b1 ap gl
ed 1 3 7 3 n d 21 65 e7 oj z5
ee 1 1 3 b 1 1f 21 55 x r3 141
ek 1 3 3 9 j 1n l 13 9f 11 3z
en 1 1 7 1 v x j 4n 39 hn hr
ff 1 1 1 3 5 d 1n 2b 9v 9p 1in
fk 1 1 1 5 j 3 1h 3p 2p nz rb
fp 1 3 1 d 9 15 2j 2x 4t 2p hd
ft 1 1 5 3 7 1d 37 3p 1z 6f tj
g2 1 1 7 5 h 17 1b 19 dt f7 l1
g4 1 3 5 f l 1p 3f 5b 6x v hj
gb 1 3 7 9 h 7 b 55 3j 4p 1i7
gd 1 1 5 d b b 9 1d t 3h lz
ge 1 1 1 f v 15 d 4n 7l bx 1l
gp 1 3 5 3 r 7 z 5t 1t 7d 12p
gv 1 3 1 d v j 1h 3z 3r 9 sd
gz 1 1 7 d v 5 37 49 3z ql hb
h2 1 1 5 b p j t v 89 q7 cb
h5 1 3 3 5 l b 3j 29 db p jf
h6 1 1 3 b p v 2p j 5f lp jl
hd 1 1 5 5 v b 23 5r 5h ol 1kl
hg 1 1 1 b 9 n t 6f 8j h 15l
hn 1 1 5 b b 17 33 6h 8j ej yz
ht 1 1 7 5 1 l 2z 6d 9j px 61
hz 1 1 1 b 3 l 3h 3n b9 gn 14t
i6 1 3 5 5 9 13 x 29 at 47 mj
ib 1 1 7 7 7 1 1n 67 7d ep 1k5
ie 1 3 1 3 9 n 2d 51 1b 7d 1d
io 1 3 5 b j n 9 7 4d 8b 1j3
ir 1 3 1 5 f 5 l 2x t 9f sx
iy 1 1 1 1 5 x 1t 2d 33 jl db
j0 1 1 1 7 9 z 25 2f 47 8x 2t
j5 1 1 5 7 h 1 1f 5h 4v mj y5
jb 1 3 3 f n 11 2d 55 6n f3 kb
jc 1 3 1 7 7 1j 33 31 81 c7 6r
jt 1 1 7 b h 1h z 61 77 np 1ab
jz 1 3 1 9 1 1r 2f h 21 fp ub
k4 1 1 3 3 b 15 1 1l 87 7b sl
kd 1 1 5 1 r 19 31 4h bf bp 12r
ke 1 3 5 b p z 1b 5b 9f bl 1bz
kk 1 1 5 f l 1 2l 6z 9r 61 1d3
kr 1 3 3 b 3 7 23 4b 8p 5v dn
kt 1 3 3 5 b 9 2t 4h cl pd tn
kw 1 1 3 1 f 19 3j 3x 4j k7 18d
kz 1 3 3 7 1 x 1r 21 21 9h 1az
l6 1 3 5 d f 13 1h 6j 25 2r qd
le 1 1 5 d v h 2p d 5z 8d 1hj
lq 1 1 7 1 1 11 2j 2l c9 6z vf
ls 1 3 7 9 p 5 2x 1x 29 q7 14j
lv 1 3 7 b v 17 d 5t r s9 dx
lx 1 1 7 f 1 x v 6h 4h e3 ar
m1 1 3 3 5 5 1h x 4x dz hf 1hj
m4 1 1 7 b 7 1p 3b v cp 6d 1g3
mb 1 1 5 f j 5 1h 5l 4d ol td
md 1 3 7 9 1 z 1f 35 6x bt s1
mi 1 3 5 7 l 1h 11 4b 3b 9l hj
mn 1 3 5 7 f v 31 1x dz gj 1g7
mw 1 3 3 1 p z 1t 3n b7 jl dz
n1 1 3 7 7 j x b 49 19 hl dv
n2 1 3 3 5 b 3 t 2l dj x jj
n4 1 1 3 f l 1h 2z 4z ar pr 1ct
nd 1 1 3 7 l 19 1f 43 4v 8t a1
nj 1 1 1 7 7 d f 6r 7h m3 1il
nl 1 1 3 5 j x 1l 37 cb ex hf
nx 1 3 3 9 3 13 p 1p 55 jx t5
o7 1 3 7 3 7 11 2z 49 7 7h 17x
oe 1 1 7 3 7 15 2j 15 41 dl yl
op 1 1 5 9 7 7 2x 29 b7 bb 7v
os 1 1 7 9 r 1j t 25 5d qr qd
p1 1 1 5 3 p 1f 2z 1r b7 ph mn
p8 1 1 7 3 7 1p j 1f cp gn ev
pk 1 3 7 1 n 1f 2x 49 6n 5z 1fb
pn 1 1 3 5 r n 27 1d dr 19 1hr
q6 1 1 1 b b 1b 1j 3p dr rr 14l
qd 1 1 3 f r 1f 2l h 9v l7 1aj
qe 1 3 1 3 1 3 27 3b dv h rn
qi 1 1 1 1 f 17 19 h 4n r1 m7
qp 1 1 1 3 r 1d 2h t df pd 1k7
qw 1 1 3 3 5 b 23 7 15 nn gz
qz 1 3 1 3 7 1l 13 3f 75 7v e3
r1 1 3 3 b r n 35 6d 57 8b 3p
r7 1 1 3 d 9 1r 2t 25 cj 4p 9d
ra 1 3 7 3 3 1n 19 5f 6d bj bd
re 1 3 5 3 b j 1z 2l 17 nt a9
rq 1 3 7 9 j x 37 j 6p jj 6v
rt 1 3 5 b 5 z l 4b cv rx tt
s2 1 3 7 3 p f 31 2b 2l 1x x1
s4 1 3 5 7 5 l 2l 3p 3r 4n p3
15 1 1 7 7 3 1n 3d 4h 7x mn 1d5 2ux
1g 1 3 1 1 3 1b 2v 4r al gx 55 ad
1p 1 3 3 f n x 2z 3n c9 cd j5 1l7
1q 1 3 3 b 7 1h 2t 4n c3 mb yv 2x1
24 1 1 5 b f 1n 15 j 3r n7 z3 e1
2w 1 1 7 b l 1d n 63 3j qp tl ap
39 1 3 5 f 7 1b 39 61 19 kb 19j kd
3n 1 1 7 b r 1l 2j 2f 29 z z9 rz
3z 1 1 3 b f 11 1h 63 5d q1 1gr 2vp
41 1 3 5 3 d b r j 5j ax qt 1oz
4d 1 3 1 3 5 1 11 4t bh sf fd bd
4n 1 3 1 7 f t 3f 2n 73 ad 1dz 2yp
4r 1 3 5 d l 1l 1f h e7 5f w5 1ev
4w 1 1 1 f t j 7 21 87 ef gb 2pv
51 1 1 5 d d z 37 5b 3f ev jx 1a5
5e 1 3 3 5 n l 1b 6z aj pl v3 89
61 1 3 3 9 t 1h 3d 5l 3r 5d ej 29r
6k 1 1 1 7 t 19 3h 9 2r o3 bt gp
6n 1 3 1 9 d f 1v 51 31 85 109 2dj
7a 1 3 3 9 5 z f 5t 8h 2f lb 25n
7v 1 3 3 b r 1l 35 3f 4z hv 45 ej
7y 1 1 3 f b h 1v 67 1r i9 9b 2jx
8j 1 1 1 9 p t 31 4f 13 e9 fv 1cx
8p 1 1 3 1 5 1r 23 j cn gp 3f j7
8v 1 1 1 3 l 5 19 4p ah e9 1i7 1z9
9o 1 1 3 b 3 x 3b 1x 71 p7 md 149
9s 1 1 5 d v f h 7 dv 1p j3 1fv
9x 1 3 7 b h x 21 25 8b 6r ht 1t5
av 1 1 7 b 9 z v 6j 9z hz aj w9
b2 1 3 3 f v p 5 1v x 19 c5 34z
b4 1 1 3 b 7 h 11 2f 99 71 165 295
bg 1 1 7 f 7 f 2z 59 49 ld 169 2n7
bj 1 3 5 d 5 1p 35 11 85 ax 35 17
bq 1 1 1 f t 17 2z v 4n 43 8d sd
c8 1 1 1 d 3 1 z 2l 5f 51 1kb 15f
cs 1 3 3 3 d x 25 5j 49 65 1b7 2tz
cx 1 3 5 d 7 1d 3f 4b dr ix mr mh
d0 1 3 5 f r 1p 39 59 53 on h5 34l
eb 1 1 1 7 v 1n 3h 6j at a9 cf sv
ew 1 3 5 1 5 13 37 2h 6x ah bz 2w3
ez 1 1 1 5 7 1b 1n 4d 25 cd jf 2nj
fb 1 1 3 5 b l j 23 b gn 17r kf
fi 1 3 5 3 j d 15 1x 5j 3z 1cx 2hb
fn 1 3 5 7 j 17 p 15 15 b 19r 25b
fu 1 3 1 9 j 19 33 2p b9 b3 cp 2hf
gj 1 1 3 1 n f 1t 3d 1n rd n1 1qr
gm 1 1 3 7 h d 2z 6d 23 fb 103 1tn
h5 1 1 5 5 l 1l n 5j e5 3v 1jr 2zn
hz 1 3 1 b j 1h f 6d 5z kl jb mv
i6 1 3 7 1 t 3 h 4j bl fj f9 8v
iu 1 3 1 d h 9 1b 3p a5 7 1ht tr
jt 1 3 5 7 j 11 1j 4j 8d 6x j5 1sn
ki 1 3 5 d b n 1p 5p 75 ah h3 14h
kr 1 3 5 1 n 11 d 23 97 dr g3 2lj
ku 1 1 1 9 1 n 1d 3l d7 f3 oj 1yb
l1 1 3 1 5 n 1n 1f z 9j jb 63 a9
lg 1 3 3 1 r h 1r 2p 1z e3 1hl h1
mb 1 1 5 1 l v b 31 6v bd 1eh 1od
mi 1 1 3 f n 9 7 5t 8d n 43 1az
mk 1 1 7 5 5 j 11 6d 6x 7p uz 1s5
nm 1 1 1 5 5 1r 5 6x 7x bz 9j 1wj
ny 1 1 1 b 7 19 z 23 e1 ex t 293
p6 1 3 5 f b 13 f 1r 7b 9 5j cd
p8 1 3 3 3 r 1r 1h 4r 6b 1r t5 mz
pt 1 1 3 d 7 b 37 53 4z q1 1dl al
pu 1 3 1 b d f 2z 29 1h 87 1dl 2wd
qi 1 3 3 d b 5 31 6r 3 e1 8z 125
qs 1 3 3 b l 1f h 4x al q1 z3 301
ra 1 3 5 9 r p 2d 5d 3z fx x1 2b7
rd 1 3 5 b d 9 29 l 4f qh 2j 1cn
rj 1 1 3 3 r 1p b 71 av 99 up hn
rk 1 3 3 f 9 1l 2n 29 bn kf 6z vp
tn 1 1 5 9 v 13 1n d 8v mf yh 1vl
tq 1 3 3 5 r d 2z 3x br q1 1kb 2ht
ug 1 3 3 9 9 p 3h n cb n7 yl nj
uj 1 1 7 f h h 2b 2z bf 7x nj 17n
v0 1 1 3 d t 1p 11 29 9p k7 14d 1id
vr 1 3 7 b v d 1n 25 7l gf z5 16l
wd 1 1 7 7 d h p p 57 95 9n 14x
wq 1 3 7 7 5 1f 11 2r 65 49 dz 1zr
ww 1 3 1 d j r b 1x 51 db wv 2hp
xe 1 3 3 d n l 2v 43 8z p9 qb 8r
xp 1 3 1 3 n 1 v 1n 2l e9 19 1r3
xx 1 3 5 1 7 17 31 1n 6f 15 163 1u9
yg 1 3 1 5 v 1l 1d 67 7v s5 b jh
ym 1 1 5 1 j 1h 1j v v 8b dr j9
ys 1 3 3 9 5 x 25 71 bv lz kb sb
yv 1 3 7 b 1 9 3b 5n 1h od 1bf 2p7
z7 1 1 3 7 d 13 1j 4f br 35 19x 2nz
zx 1 1 3 5 l 1b 1f 1n 1j bf pv 6z
105 1 3 7 3 v p 29 37 b9 6n kl cn
109 1 1 5 1 v 3 2t 2b db dn 1df 1pt
110 1 3 3 3 9 11 2z 4h 5n dz lb 2nf
11h 1 3 7 9 1 r 1p 3b 6h 13 127 35l
12g 1 1 5 9 1 v 19 1f a9 gb an 265
12o 1 3 7 5 v 7 1d 3b dj gf 197 1h
12y 1 1 7 1 9 1b 1 67 a9 jr 18j 1h9
139 1 3 5 3 l 11 33 h df kj x5 253
13d 1 3 3 7 h b 1f 39 cn 5b 15h 2y5
13j 1 1 5 9 n 13 2r 51 9j dh 2r 1hn
14b 1 3 1 7 t 1d v 1z dl en 1cz 28t
154 1 1 5 b 5 5 21 59 8x 1l x3 2ud
15f 1 1 5 f d 19 3h 5r ab bj 8r rb
15r 1 3 3 5 p 1n x v 6n pj 1fn 239
15s 1 3 5 d r 1p n 37 1p bh zf 2qv
161 1 3 7 f 5 1n 2t 29 1b qv mh 2gl
16q 1 1 5 b v f 13 p 4t e1 mh 22d
16w 1 1 5 9 j d 2n 2h e7 3j 12r 29j
16z 1 1 5 5 v 19 9 1l 2j 8f zz 2hb
177 1 3 3 3 j f 35 57 61 dl zp 1e3
17q 1 1 3 1 d t 1l 3v 73 5h ex 1on
18j 1 3 1 f b 7 1h 73 cz 9 l1 2fz
18v 1 3 3 f l d 9 59 9z 8z 1d 99
18y 1 3 7 b 7 11 l 3b b5 4d 1a3 tp
199 1 1 5 7 h x 37 6d 45 47 1kb 7r
19e 1 1 5 f 5 1d 25 4b an ap 1j5 q9
19g 1 3 7 3 7 1j 2d 15 9x en 1bn 18z
19j 1 1 3 1 l 19 37 l 5j qv 17x 2xr
1a1 1 1 3 7 l 13 39 5b 4p 21 bh 2mx
1ab 1 1 1 d 1 v 1l 5f 6f 8x a7 sj
1ap 1 3 7 3 b t 1b 4h 1z bn 1bt c5
1b5 1 1 7 3 b 9 17 1t 4d 1 1ff mv
1bc 1 1 1 5 l f v 2t 85 8b 3j 10p
1bh 1 1 7 1 r 1 b 6d 6p jl 17 14z
1bu 1 3 7 1 5 f 21 53 5d 1j 11d 1d
1c2 1 3 3 3 j 3 1j l 4p if 1aj 3t
1c4 1 1 1 d 7 l 1x 1v ad qt zd 1rb
1e2 1 1 7 7 l n h 17 9h nh cx 2l7
1e4 1 3 5 5 p 5 29 2t 6h 3v 9z 1l5
1ef 1 1 3 b f 13 1j 3 d3 l9 vr 31h
1eq 1 1 7 f 9 1l 29 27 5z c1 99 2z3
1ew 1 1 5 5 j 19 2b v 5t a3 jh 107
1f7 1 3 7 5 1 d 1j 4j c3 mf 7z 1kf
1fd 1 3 3 7 3 3 h 5h 13 4p dl 1d5
1fr 1 1 3 5 t 17 2f 4h 81 9f y9 1td
1gx 1 3 3 9 l 9 25 1 cl 4n 19n 1pv
1hk 1 1 7 1 f 7 1v x 5d 6p sn 1sz
1hp 1 3 1 b 1 1r 19 1t 7d id nl 1iz
1hv 1 3 1 d j 1d 3 b 4f 5x ib 26v
1iw 1 3 5 b 9 t r 6b 71 ch 12z 2n7
1jg 1 1 3 1 7 3 25 3z 7p ln 15n d7
1jx 1 1 1 5 b n 2f 3n ax nl 5d 2gl
1jy 1 3 5 b 3 3 2h 9 ch 6r 15p 1cb
1k4 1 3 1 9 t t 35 f 1t gz 3r 2uf
d 1 1 1 9 l j 13 47 az dx 117 qn 23p
j 1 3 7 1 7 z 19 x 3b 69 19b 1b3 14j
q 1 1 1 3 p 1j 11 27 4n p7 tv 7j 34r
15 1 3 5 d 5 d 1h 4l c5 1v 1bd 2g9 68v
1e 1 3 3 d r 1l 2n 1j cb 6t 1i1 1bx 1hl
1j 1 3 1 9 5 x 31 z 2r mz 9h 1up 1uz
1x 1 1 5 9 7 x 17 13 2f m7 hn 2op 5iv
1y 1 3 1 1 v f 19 r 9d 35 rf 1ld 1y9
27 1 1 5 9 5 f 2x 3f db 81 18p 1oh 3kl
2a 1 3 5 b v 1b 2p 2f ap 5f sx i3 2iv
2f 1 1 3 7 h 3 2t 1j 2f hh 1av 12j 249
2l 1 3 5 5 7 l 9 6l 8p f9 ur 39 4rr
2m 1 1 3 9 9 5 1j 5l dj nn un 2b5 34n
2p 1 1 5 9 v j 1n 7 a3 al wf 1l5 4er
2s 1 3 3 f n 1r j 6b ar mz dj t5 5rj
34 1 3 1 5 n p 1p 6t a3 nz qr 2rj 4zv
3d 1 1 5 1 5 r 29 2d 7n 1d 6j 2jf x7
3q 1 1 5 7 n 1h 2d 2z e7 ln z5 ud 62b
3u 1 3 3 1 9 l 23 63 1n dh 1cb 2yt ut
44 1 3 5 1 d 15 j 3z 85 av 1k7 1dr 3e7
47 1 3 7 f l d l 5f 5z bh ej 1mb 1t1
4d 1 1 1 3 t 1f 1b 1l 3r fz q7 1ah f1
4h 1 3 5 1 9 d 35 4v cf 37 i9 359 4lx
4z 1 1 1 b h 15 11 2n 89 g3 pb 1pb 1ub
51 1 3 5 3 n b n 6f 2l ij jr 17f 655
58 1 1 7 3 h 1n d 51 3x rj 1eh cp 1bj
5g 1 3 3 5 v 1n 29 5p 6t ex t5 rp 1ef
5n 1 3 7 5 h d 9 27 h 55 5 1pf 4tz
5q 1 3 7 d 7 1h 1p 41 d 7x xf qb 29h
67 1 1 7 3 v j 1x 61 1b c9 1gl ip 3fn
68 1 1 1 1 p 9 n 69 ap hh gr 2w3 39t
6b 1 3 1 9 5 11 v 6l bz 27 169 cr 1y3
6e 1 3 7 3 9 17 2x 4z 5 69 m7 1dd 3rx
6n 1 1 3 1 t 19 t 4f 7f 6v cn nj 30l
6p 1 1 3 7 p l 3d 1l cz 7n jz 169 5nb
6w 1 3 1 3 b z 3b 3f 29 r7 wz 2sn 3b9
71 1 1 1 7 f p 3d 6j p dj o9 1dn 1ix
7g 1 1 1 b 3 7 h 3r 9l 9t an 33f 1zh
7m 1 3 7 f r d 2p 3f 1t ir qf zp 527
7v 1 3 7 3 7 1 1z j 91 l9 9d x9 22x
7y 1 3 5 1 v 11 b 1z 4p 7v 2b 2xl 5gr
81 1 1 3 f h t 2b 1t 7n iv 1cl 33b 5z9
8d 1 1 3 1 l b 15 2n 6l a1 1ej 25b 1u7
8e 1 3 7 b t 1l 33 57 cx 41 gt 1j7 699
8s 1 1 3 3 j f 1j 2b 9x rt hv 165 51d
8v 1 3 1 5 t z 21 n 25 h7 16b 1bx 6a9
90 1 1 5 5 j n 7 5h ch 9d jx 295 8r
97 1 3 5 9 7 1r 39 2p 2p ml 1hh 269 17v
99 1 1 1 b v 7 p 6j 6f 3p rz 123 175
9l 1 1 7 5 j 7 1b 4r 7f 6r 10z fr 4nl
9r 1 1 5 1 7 1d 1j 2h 31 kf 14f 2gp 4tb
9y 1 1 1 7 1 1p 9 2v 3 pt 155 29b 2a5
af 1 1 5 d h l 23 1d 73 sb w9 1n9 wp
aj 1 3 1 3 d f 15 6v 5v bd wb ej 217
al 1 3 7 7 l 1n 2j 45 db av ix 1s7 4tl
aq 1 1 5 b r 1h l 5v 5h mn jz 18l 73
b7 1 1 3 3 9 x 1n 3 8z 1 2t vj 695
b9 1 3 3 1 t 5 h 3x 1f rj nd 93 2z7
bn 1 3 1 5 b j n 2h 4v 4t 4l 281 1g9
bu 1 1 1 f d 1f 2f 13 dr gz 119 16j 5f9
bw 1 1 3 b d 1j 23 55 1l 1p 1h9 1kz 4lp
c7 1 1 5 5 7 1h b 61 5x px pl 2s7 3zr
c8 1 3 3 5 h 1h 2v 6z a9 lp 10n 2v9 3fb
ce 1 3 5 d 1 13 p 6j 8x lh 6z 2ef 4xp
cj 1 1 7 3 v 5 p t 91 ap 10h 3j 3mp
cm 1 1 5 f f r f 2d 6n 6r 19d 2oh 20t
cq 1 3 3 3 9 j 35 d 3t 4l p 2a5 5tp
cx 1 3 1 3 b l 3 2p bl 53 xh 13x 6v
d0 1 1 7 3 h l 3h 1j 1v ar ap 1sj on
d4 1 3 5 5 t b 2v 67 6h ht 3p bj 101
d7 1 3 3 b 1 9 5 59 6j rz 11v 32p op
d9 1 3 7 9 n j j 53 7h b7 19n 2qv 405
ds 1 3 7 3 t 19 h 1x d7 45 zv 22p 5vt
dy 1 3 7 3 r 11 15 21 71 rt bz uv 633
e4 1 1 7 5 3 7 2f 3z 81 dr hj 2bn 4qv
ed 1 1 1 d 5 19 h 4n n r3 m9 1iv 59t
eh 1 3 1 b 7 l 13 n 5x bx 105 1l7 5h
en 1 3 3 f 3 1l 3d 3p t jr 1ih 1xd 59
eq 1 1 3 5 b 1j 37 3t 6h ip rd 275 4k7
es 1 1 7 f t 19 1 6p 95 8z pp 26d 2kj
f2 1 1 5 7 d v 29 2x 5j 41 5f 11x 3y7
fc 1 3 7 b 3 1j b v 39 9j z5 1f1 1w3
ff 1 1 3 7 t 1l 1p 4z bx gf 4x 1i1 1nz
fk 1 3 5 b n 1d 2t 3t 9f 8z sr 1cl 5yx
fq 1 3 1 d l z 1j 27 j 7h tb 21n 5gr
fz 1 3 3 b 9 9 2n 4n c5 a1 wx 35f gr
g1 1 1 1 7 v 1p 25 1t dl i9 j7 1vb 377
gd 1 3 5 7 l 11 2f 5b 8n cl 1jx n1 20r
ge 1 1 5 9 h 1b z 2t 5 ml w5 zj 5ol
gq 1 1 5 3 b z 35 5j a9 k1 p1 14v 60p
gv 1 3 1 5 9 1p 2b 4d av kj 1id 1mz 3cl
gw 1 3 5 b j j 33 69 an 63 rp jx 5sh
gz 1 3 1 b d 1r z 3j 5t n3 dx 2bt 2pf
h1 1 3 7 9 t 7 b 4j 29 fn 145 2hb 4x5
hd 1 3 7 b p 3 13 5f dn 19 nb 33p 3s3
hw 1 3 7 f d 5 1v 3z 39 e1 zl 2u7 4e7
i3 1 3 7 9 9 j l 65 43 l7 iz 1pf gd
i6 1 1 3 5 l 1b 1h 31 8b mf w1 xl 655
i8 1 3 7 b 9 v 19 17 e1 hz vb 22h 3sl
ie 1 1 5 f v 15 1r 35 b3 k7 ip 1zv 423
ik 1 1 1 d h 1h z 2r 1l 6r 147 1hb 26n
ix 1 3 7 b n 1f d 9 1d ch rp 2dd 3ef
iy 1 3 5 7 n x 2h 15 bj 1h jd ux 15d
j5 1 1 3 7 1 d t d 73 kt 25 2o7 1cx
jc 1 3 3 7 d f 2l 5b 8l o5 kj sx 2ct
jf 1 3 5 d 5 j 31 5v 9n nb ot 29v 5yv
jn 1 3 1 d r 3 3b 4d dh 2r 1bb 307 fx
jp 1 3 7 b 1 n 3f 2x v 9z 7n 1db 2ud
ju 1 3 3 5 r b 3h 3 bh 5j 1kr 28f 29t
jw 1 3 3 3 f 1d 3d 4f 6h f3 5d 33b 8x
jz 1 1 3 5 9 1b 2f 1 1f s3 18b 1q7 4zn
k7 1 3 7 9 1 x 2f 3t d1 kt 139 md 59d
ke 1 3 1 d j 19 2n 6b t it zf 2mb 3fn
ki 1 1 7 5 7 1r x 1z cb fl 10f 2d9 5cv
kn 1 1 1 d 9 11 n 1x d bj 153 x9 nx
kr 1 3 3 d r l d 6h 2x ll 9l 1vv up
l1 1 1 7 b n d l 43 65 f9 21 23t 4uf
ld 1 1 7 7 p r f 19 6b 13 23 x3 2qz
le 1 1 5 7 d 1d 2r 4n 6b d 9t t3 68b
lk 1 1 3 d v 9 r 7 ct kh 17b 2i3 1h
ly 1 3 1 1 l 15 2p 4l 4r mt gb 1nd 1rp
m7 1 3 1 b h 15 t 57 2f gn 14r 12r 4kr
md 1 1 1 9 9 1d 2h 5p bd cl 1p 1hf yx
mh 1 3 7 3 9 17 2h 3z bz 2b yj 1dv 2rz
mk 1 3 5 d 3 p 1n 63 17 67 m5 21n 4n3
ms 1 1 5 f 7 1j 1t 5r 5x 8n zr z9 4zn
mz 1 3 7 b l 1l v 53 9r nt pb 1ar 5ir
n1 1 3 5 b r 1 l 1b ar an 189 37 2xp
n7 1 3 1 1 d n 2f 4t 51 h7 19x 317 4op
nd 1 1 7 5 h 17 11 1p 8j h9 1dl 1j 37
ng 1 3 7 f p 1p 3f f 6l in 14x cz 1gz
ns 1 1 7 5 t 1l 23 6l 2d jf 4f 2rd 3oj
nv 1 1 1 b p j 1f 1 43 v ov 20p hd
ny 1 3 7 5 t f 37 4v az av vp 1er wt
o1 1 3 5 7 h 7 b 5d 2h 6r fl 2x7 3if
ol 1 3 1 b 7 1l 7 3h b7 qb z1 bd 68j
oq 1 1 5 d l 1r 37 6h 6f pl 1cj 2sz 1xz
p5 1 1 5 b 3 r f 2j e1 gf 14b 2zt 2b9
pg 1 1 3 b l 9 31 49 8t et gh 327 25p
pp 1 3 3 d 9 1l 3d 6t 63 o3 qv lz 5h3
pz 1 1 1 9 t l 2r z af qn 95 35j 5j7
q3 1 1 1 9 b h h 2p 2h 3r hj 2xt 2id
q6 1 1 1 f l 1f 2j 6x cr m9 l1 1td 1kh
qd 1 3 5 9 n t 25 1h b3 lb 1eh 1ob 199
qh 1 1 3 5 t 5 17 3d h nv 153 2x5 54h
qk 1 1 3 7 7 1p 19 31 ab n5 2j 49 3ih
qp 1 1 3 b 7 1j 29 3f at 3v 1hp or 1dp
qw 1 3 7 f p h 2l 4l dz jx 175 14z 197
r4 1 1 1 d d 1r d 69 9x fv x 355 2xf
rg 1 1 3 b 1 v 2z 41 bb qp dx 2az 2v
rn 1 1 7 1 n 1r 1d 5d 4t 7t p 1wh 4kn
rp 1 1 7 1 1 1 2d 25 7l j9 9p yf 3h3
rz 1 1 5 b 7 1p 9 3d p 9x 143 b9 61f
s7 1 1 7 d b 1h b 5r 41 5v 1bb u1 1mt
s8 1 1 3 b r n j 9 89 7r 155 1r5 4xf
sj 1 3 3 5 f 19 3 15 8h 2f 1ef 2o5 44l
ss 1 3 3 d 9 11 27 3h 77 fl u7 35n m1
sv 1 3 5 7 v 1j 7 41 9n pt gd 25b 4k1
sx 1 1 7 f 3 p 1 51 d 6r i5 1q3 5qt
t4 1 3 5 5 h 1h 1t 7 x g7 11v 10h 1sf
t9 1 3 3 7 r 1b 2p 5l 57 8x 1r 163 63x
ta 1 1 3 5 n 9 3 4l 1p j 1dp 2x3 2cd
te 1 3 1 d f 17 3h 5b 1v 7l 173 1pv 41x
tv 1 1 1 d p 1h 2z x 8b 6x 14z 1q1 p7
u2 1 3 5 1 n 11 2d h 5r hv ih 29h 40f
ua 1 1 7 7 p 1l 1n 15 f kv kv 1cl 5fx
ut 1 3 3 1 d p 3j 2l 7t h1 ob 1pr 4w9
uu 1 1 5 3 t 1j 27 6x 17 8t et rn 1jb
v3 1 3 3 f h 1d 27 v 5d 6h 13x 20n mr
va 1 1 5 f p 3 3f 41 ah 9 cn x3 31t
ve 1 3 5 3 f j 15 6f 29 ax 3 j 1ux
vj 1 1 3 1 r 17 35 4z 7 np qb 23v 89
vl 1 1 1 b t 13 1h 5b cb j5 ep 2kh 5qf
vo 1 3 7 5 3 t j 1v c9 35 qd 24x 37t
vx 1 3 5 b b 1j 2d 4p 5z mn mb 1t5 327
w4 1 1 7 9 5 19 33 5 bn af 8f 1bx 3gp
w7 1 3 5 f t 17 27 j n bl al f1 3sr
w8 1 1 3 f 3 v 39 13 39 8h y3 xz 3z
wd 1 1 5 9 5 1b 2f 6n 51 9t 17d 2k1 1hd
wl 1 3 3 1 3 f 1h 65 c9 rf 1jh 1y9 67v
wq 1 1 7 b f 1l 33 3v 3t oj 1g9 26f 4d9
wv 1 3 5 5 l b 5 d r r1 gb 10z 125
ww 1 1 7 b t 1f 2l t 61 65 1j 1wt 1iz
x1 1 3 3 d 3 b 1d 23 aj ab 141 m1 5w1
x6 1 1 1 d j 19 2h 6x 2j i1 1b3 pf 4c3
xn 1 3 1 7 7 t 1 25 8p ov ef lf 87
xq 1 3 1 f 5 3 1 1l 97 31 dh 279 59r
xs 1 1 1 f h 3 z 2r 6t qz nb 1xp 25v
y1 1 3 3 3 9 11 1l 6z 91 8t ep 10h 4x7
y7 1 1 1 f p 1n 1 3b 2n f m3 1tz 4zj
yf 1 3 1 5 1 1d 39 l 1b 4z nz 2d 1ad
yj 1 3 7 3 9 11 j 65 cn r1 fv 13n mp
ym 1 1 1 f h 9 1v 5x 3j on 103 28x 5qz
yp 1 3 1 d r r 15 17 4r hb j7 av 3rp
yz 1 3 1 d h h 3f 6n 3z 6b vz ef 51r
zd 1 3 7 5 7 1r 2p 13 2t ff td al 637
ze 1 3 5 1 3 r 2d 3l 4h ob 1i1 2qd jb
zl 1 3 3 5 l 1n p 53 z p rf 14j 51
zr 1 3 5 d 1 f 3j 6l 9p 9d 15f 1u7 60z
zy 1 3 5 5 v 5 31 1f bd kd 12r 2h3 4o1
100 1 1 5 7 d z 35 p 7b at 8b 1y1 1dj
109 1 3 7 b f 1b 2p 21 1j 23 35 22v sf
10a 1 3 1 1 3 d 1x 5v 81 df 113 lv it
10m 1 1 3 3 h 7 11 25 e1 3t ux 9l 2an
110 1 1 1 d 3 b 2n 5j cl 31 db 2vh 6n
113 1 1 7 f j 1h 3 41 9z nz 9n 2yh 2cj
114 1 1 7 f p 1r 3j 3l 3h 5f 4b 1pf 6ah
119 1 1 7 d 9 1d 3d 37 21 3b 1ff k7 1b
11a 1 3 3 d d b 1z 7 19 gf 3p 1uv 4aj
11u 1 1 1 d n t 2f 2h dx 1z 1cv v3 j3
11w 1 1 7 7 d 7 d 53 1h qf 1g5 32v 583
120 1 3 7 b 7 1 r 1b 1p l pj qp ub
12a 1 3 5 5 1 r 1 5 1r 4d 101 t5 4jp
12j 1 3 7 9 j x h 3p bt m5 1bt 49 3b
12l 1 3 3 7 d 11 1 5z e5 rv 1p 1td 5sn
12t 1 1 7 1 t j v 27 5j ff xl 18j 4p5
12x 1 3 1 1 5 v 33 3j 99 bx 1fr 311 46b
134 1 1 7 5 5 5 3f 5b 1b rl 7h 34j 1mn
13e 1 1 5 f 1 9 2f 5 1b cv o1 1ed 5od
13l 1 3 1 3 n 1r 3f 2b e7 ll 1r zp 3i1
13m 1 3 3 7 r p v 1t c9 ep 1ef 1gl 8z
13r 1 3 7 5 b j 7 5 b1 mj kz 283 395
13v 1 3 1 d 9 l d 7 7j ez 1d5 2i3 43x
141 1 1 7 1 v d 1b 3n 51 cp 17b 21z 54t
144 1 3 3 7 t 1j p 5n bn 2j c5 w7 4e3
14m 1 1 3 d t j 1z 61 9d 95 dx q3 1p9
14v 1 1 3 1 1 r h 5l 2p 7x z9 34b 1pb
14y 1 1 1 1 3 15 d 5j 3x 3l 163 2ex 4lt
157 1 3 3 9 3 h 3b 15 7j px od jh 1p1
159 1 1 1 7 f 1b 3 5f 37 mt k5 nf 4on
15i 1 3 5 f h x 2d 1t 89 fv v7 247 4f3
15l 1 1 5 b r f 11 6j bj 85 13z 243 37v
164 1 3 7 7 1 1j 1z z 8j b b5 1g9 px
16a 1 3 1 b l 11 3 4x 3b 9f fj 32v 2nh
16m 1 3 3 9 h h 2p 3b 8d 4p 4d 2ir 1qt
16v 1 3 3 9 t 3 33 2t 9v o5 af 20h 5ox
174 1 3 5 9 7 l 3f 2r 9j j9 1hj 18l 3sr
179 1 1 3 5 d v 2r h 23 ap 16r 175 5gl
17a 1 3 3 5 v z 2z b bb sb 10l 2rt 5k3
17j 1 3 3 d h x 2r 6t b5 ql 4d 1i5 17n
17k 1 3 1 b r f b 31 bx 8j 1h3 231 nx
17q 1 1 5 d d z 1j 73 8n ql 1e3 229 40b
188 1 1 1 b j 3 2h 11 5v lr 11n 2r3 5i7
18l 1 1 5 5 l 1d 27 h e5 97 53 2yf nr
18m 1 3 7 5 t j 2d 31 2x ej nh 2m1 5rp
18q 1 1 1 7 p h 3h 3n 1h l1 71 2b1 29n
18x 1 3 3 9 j n 2x 13 9r it 5v b5 693
193 1 3 5 1 5 b h 3 b9 d1 17l 27l 2f1
19a 1 1 3 d f 5 39 4z 3v 41 d9 vl 1yh
19e 1 1 7 9 5 l 9 2l 5v qr xj 2kv 3sf
19k 1 1 1 9 d 17 h 1h 29 m1 17n 1y3 2ub
19n 1 3 3 d p l 5 1n dl rf 1hx 4r 4mx
19s 1 3 3 7 1 13 2h 4r b7 cz 1d3 2n3 25j
19v 1 1 3 9 j 1d 2j 3h 4j s5 2h 275 58h
19x 1 1 5 9 9 b f 6p 17 89 1br 16t 1el
1ae 1 3 7 f t n 2v 6n 5b x sz 2td 52r
1ak 1 3 3 9 l 1f 3f 1j 67 hx 14n 33p 4jn
1as 1 1 5 7 3 15 r 6j av 8f 1k5 2gj 5vb
1av 1 1 1 9 5 1d 1d t ah 6z 1gf s9 105
1az 1 1 3 3 d 15 r 1b 67 n ed 2hn 56z
1b1 1 1 7 1 v p 1b 9 e7 hb 1kv z3 15z
1b6 1 1 3 f f n 1h 1 79 gj 2d 6p 5fr
1bh 1 3 3 b h 5 29 21 45 lp 1kj 2fv 39z
1bn 1 3 7 7 t 1n 1d 27 b1 p1 up 1ov 4ud
1bu 1 3 3 b d r p 4t 2z 21 z5 g9 41v
1c4 1 1 7 f t n 21 6d 6j on 14t 355 1zz
1c7 1 1 3 9 h f 2b 4t 5r of 1b9 15x b
1cj 1 1 3 5 5 11 1t 4h 13 bp w1 1jr 44r
1cl 1 1 7 b n 11 5 b 9 dv h 4d 4fn
1cq 1 3 7 d p 9 1d 7 13 q9 11h 1cv 141
1dd 1 1 5 3 l f 35 29 7d n9 99 2sp 4qd
1dk 1 3 1 b d r 21 31 89 93 8b 2id 5d9
1dq 1 1 3 d j 13 3f 21 1t 5 th 1or 3wf
1dv 1 1 3 1 b v l 37 cl nt jr dr f9
1e1 1 3 7 7 f t 27 2v 1b jt 1c7 2ep 4vl
1e2 1 1 5 5 t 9 2p x d3 jl 95 15p 11h
1ec 1 3 3 1 l 9 33 5t 1z 1b dn 1nj 1dx
1es 1 3 3 3 b 13 l 3r cd 77 gv 2xv 47d
1ev 1 1 7 9 b p 35 6z az 8t 8t 2j 1iz
1f1 1 3 1 9 3 l 2v 3p at q7 yb 1cl 5g7
1f2 1 1 3 7 1 b 5 f dt d9 db 2dj 5dl
1f4 1 1 3 3 f 13 2x 3n d7 cx 51 o1 2xx
1f9 1 1 7 9 j 1r 3f 3n bj el cp 1wn 2f3
1fr 1 3 7 f p z 3f 19 9h md dh 34h 5g9
1fs 1 1 1 5 t 9 1b 6b 1f o3 1g1 189 1r3
1fv 1 1 7 f v 9 1z 39 7x jr n9 13v 4ub
1fy 1 3 1 1 5 j 27 p 8d bj 1fz hx 2ib
1g5 1 3 1 3 h 1f 2r 55 cf 17 ej 63 bx
1g9 1 3 1 d t d 1f 2l 7 rn l1 2bt 5ap
1gc 1 1 3 f 7 p 23 h 4b r9 y7 y5 1jf
1gv 1 3 5 3 r 19 1z 21 69 l7 ah vn 27j
1h9 1 1 3 1 1 13 1x 35 t ab t7 m1 2w5
1ha 1 1 3 d n 1p r 53 8j bz 11d 24l 33z
1he 1 3 7 5 5 1n 39 5h 8f k1 od k3 18h
1hg 1 3 5 1 r x 2r 6l dh jr ih 2dh 3xt
1hk 1 1 3 1 d 9 2v 5l n qf 1kd 4l 1m5
1hn 1 3 5 d 5 t 1j 2d 65 it gz 2sd 3iv
1i7 1 1 1 1 7 1p 9 6h 79 fl qh 33r 1vv
1i8 1 3 3 d 1 h 2v 1z 67 5x n5 1cj 5ef
1id 1 3 5 f p 1h 1l 57 p jb xj 35l 27x
1ie 1 1 7 1 7 v 2f 3l dp ef 177 w3 3kt
1ik 1 1 1 f l h n t j 73 pr 1dr 2dx
1in 1 1 3 9 h x 2n 3l 4v ct 7z 215 1sl
1iq 1 3 5 7 n j 1r 5t 6x g7 125 1kn 1pt
1is 1 3 3 5 5 j 27 6p cr 9v 14f 2k1 2t3
1je 1 1 7 9 l 15 2p 3b 3l ld 16t 2p3 5z1
1jm 1 1 7 b 9 t z 73 3x q1 1cz 15 12p
1jr 1 3 7 1 d 1f 1p 4d 4x nj 1et 2qb 7x
1js 1 1 1 f l d 9 1j b1 j 15j yv 5kz
1k7 1 1 7 7 p 11 1h 6l 8v 5h 7h xh 159
1ke 1 1 5 f n h z 6v 8z mf 6h 2u9 3ef
1kj 1 1 3 7 9 1n 2d 2x dp l7 19j av 14b
1km 1 3 3 9 f x 5 71 3l hd 16f 25l 4o9
1kq 1 3 1 1 7 1b l 4h 6j 2b b1 2qz 4ld
1kv 1 3 7 b 3 15 p 39 af ln 101 2v7 69h
1kz 1 1 3 7 v j 2v 4t d7 59 1kj 295 ur
1l6 1 1 7 3 p 7 2l 73 8j 35 1gl 1q1 5c7
1l8 1 3 5 f 9 1l 27 3z 4l 5 12l 5d j9
1lj 1 3 5 1 t 19 2j 1d 59 ct c7 zn 61n
1lw 1 1 3 d b 1p 15 6f ad jb az pf 45t
1lz 1 3 7 b 5 1f 1v 1h df 2n 1hz 6v 4d1
1mb 1 3 7 5 5 1l 19 6j 3t m1 tp 1a5 179
1mk 1 3 5 3 p 1j 2v 4x 29 nx vz 3z 5wn
1mn 1 1 3 1 l 15 1v 3n 71 bz z9 2gd 2n9
1mw 1 3 1 1 l 7 25 65 75 if 1z 29x 1wx
1n4 1 3 5 3 3 n 19 2z 8b kj s5 3 2fx
1ne 1 1 5 1 3 11 31 11 6r rb xx 1az 2zh
1nj 1 1 5 5 v 7 5 5d b1 o3 15j 2nf 5qp
1nk 1 1 1 1 h 1n 2p 6h at gl s5 19b df
1nt 1 1 1 b 7 15 2z 1h 33 3h 161 1hd 5wf
1nw 1 3 3 3 v t 39 3 a5 qz vn 1mz 4k9
1o2 1 1 1 d n 3 1 4n d7 hr 1eb 2yp 2dl
1o7 1 1 5 3 5 1b 1t 3f 7n lr 2n 3b 5uv
1oi 1 3 1 f d x 2l 6l cz bz jl 33h 343
1on 1 3 5 1 j 7 2t 6f 4b kh 12d 2kv 1kz
1p6 1 1 5 9 f 1d 19 4j c1 l9 1kf 5l 1zx
1pf 1 3 7 9 j 15 v 2h 2l hb 2x kp 3eh
1pi 1 1 5 1 b 19 3j 2d at c7 n1 d9 659
1pr 1 3 3 f d 15 1 5r c3 g9 8n 1bx 241
1pt 1 3 3 3 d 1d l v 5h m7 137 2a7 5i5
1q0 1 3 1 3 7 17 9 3x 3p g3 tf 2l ql
1q5 1 3 7 1 f 1f n 5x al nn jf 1qt 2mz
1qp 1 3 5 9 p z 1v 3x z bd 13j a5 19p
1qs 1 3 3 b f x r 51 2l 2f 1cx 2pj 11l
1qz 1 3 5 3 p 1r 33 3t 8x mr jl 16z 5lz
1r6 1 3 1 1 5 1l 2r 1n bf l1 123 31t 2un
1r8 1 3 5 b b l p 43 6n cn jp qh 5jb
1rh 1 3 3 f 5 1h 2j 5p 9h 1r k3 17h 5i7
1rk 1 1 7 f b l 2r 27 1r gh 1jr 2st 42f
1rp 1 3 3 1 9 l 19 4v cl c3 1fj 21l 5db
1rq 1 1 3 f f x 3d 3d 6z bz vb 2jt 38n
1rt 1 1 1 9 v f 1z t 9l av w7 261 9l
1rz 1 3 7 1 n t 2n 47 93 k7 hz 193 2aj
1s4 1 1 7 7 9 t 27 2j 3j p9 zx 10j 43n
1s7 1 1 5 b d 11 2h 21 45 d9 1h1 2kv el
1se 1 3 5 7 5 1n 1j 73 67 cr 1kb 6l 38t
1sj 1 1 1 7 r b 2n 1t 91 n7 p7 2xl 2x7
1ss 1 1 1 b r x 2r 4v 1f pd 97 1ff 36t
1t1 1 3 5 5 d 11 v 2r 7l bd 1er 2yt 48j
1t5 1 1 3 7 n j 2z 2d 7v ej e5 cj bp
1t8 1 3 5 7 d 9 1f 29 2f h7 1p 25v 42f
1te 1 1 1 f 9 19 z 63 b5 7j qh i1 5a7
1ts 1 1 7 b 9 19 h 63 4p n9 157 18l 28l
1u1 1 1 7 7 l 17 11 x 83 9z 1z 28j 5fh
1u4 1 3 3 d v 1h 11 f 45 qd fb 2np 47j
1u7 1 3 1 5 j 19 29 67 5d c7 1kv 2zr lx
1uc 1 1 7 3 b 1r z 1p 73 fn cr 2b3 2lb
1uj 1 1 5 9 d 1d 1b 55 6n 65 16l 2sz 1kt
1ul 1 3 7 3 p 11 3j 67 1f 9x df 2yl 5ax
1up 1 1 7 9 v 11 35 v ar n5 yj 16v 49r
1uz 1 3 1 9 n 1n 3b 65 21 55 1jr 285 1z7
1v1 1 1 1 d 7 x 1h 4z 1v 55 16t 1e7 3lf
1v7 1 3 1 b v 11 n 5z 7h 9x 5r hx 397
1vn 1 3 3 d j r 2z 1j 2j 1z 1b3 1ef 2h
1vu 1 1 3 f 3 j z 6v 1d ep 16b 2k5 4qv
1w7 1 1 7 7 n p 2z 3v df dz zh 6r 62v
1wo 1 3 3 d 3 f b 5h 3r nb rd 7n 49j
1wu 1 3 5 3 p 1b 2n l 35 8j rt 2d5 87
1x6 1 1 3 9 j j 2r 5x a3 ch kf 277 1y1
1xn 1 1 3 9 5 1d 1r 1p 4d nt dt 25t 5e3
1xp 1 1 1 9 1 15 31 3b dv q3 o3 2u3 66v
1xx 1 3 1 1 d x 31 3f 81 3 zb 251 3ah
1y4 1 3 1 b 9 1l 2b 65 2n 17 x1 cp 5i5
1y8 1 1 7 3 b 1d x 63 6d 81 j1 2lb 3gv
1yb 1 3 1 3 j 17 1v 5d 15 lf bb 29 303
1yi 1 1 7 b 5 t 1f 4v 89 ez 1 1qd 4yv
1yp 1 3 7 f l x 39 53 e7 dl zn 2j5 4m3
1yq 1 3 7 5 9 3 3h 43 9z f9 a9 2cp 1ut
1yz 1 3 5 7 j 5 1t 2p df ah 16b 14h 2b7
1z1 1 1 5 1 b l 15 35 7p 3n 14z sz 1tr
1z8 1 3 3 1 f h 2t 1x cb o1 mp 13h 41b
1zh 1 1 3 3 3 1j 2n 2r 23 5f 1hl 317 4in
1zn 1 3 1 3 j n 2l 5x 6p fb 10b g9 5yp
200 1 3 1 b n f 1h 6x cz ef 2n kl bd
206 1 1 1 f t 11 17 5n 6h od 25 1hp 23t
20f 1 3 7 b r 13 17 4h 73 f 14n n5 dr
20k 1 1 7 b 3 1h 29 1v af mv 1gv 2d1 az
20r 1 1 1 1 f 11 2l 6h 6v dx 10p 2iz 469
20t 1 3 3 7 7 b 5 2x 3v rb yf er 2zt
20z 1 1 5 3 j 1d 2z 6b a1 2t 9v 21l 5p3
215 1 1 7 5 p 15 2t 3d 5t 85 1ht 1qr 4ad
218 1 1 3 7 7 1 9 d cv sb rn 2fr 2z
21e 1 3 5 b 5 z 3j 2p 79 lx mf mf 4tt
21q 1 1 7 5 b d 19 2j bl 2t 1it 2t9 1mj
21w 1 1 3 7 5 1r 1l 1d 5n 4d 37 12p 69h
225 1 3 5 5 3 17 f 4b 3j dl wd 2ut 3r7
22b 1 1 7 7 t t 1x 5z bj a7 ab 1gt 4or
22k 1 1 1 3 b x 2h 45 c1 jl 13x 18d e1
22u 1 3 5 1 d 11 j 3b 5 g5 1kl 19d 1mb
233 1 3 7 d 5 1d 2v 6t 5z eb 3p 1jr 1hp
236 1 3 1 9 1 3 p 5h 71 ar 1ar 1qz 65
23c 1 3 5 f l 9 21 5l b9 rr c5 2zp 4nx
23f 1 1 3 1 v 1j p 2b bp az 1e7 1n5 60l
23m 1 1 3 1 n l 3d 53 3h 9n 3z 2ud 3bx
23r 1 3 3 3 h 19 h 67 7f m3 1ef 10d 4b
23y 1 1 1 f h 1n 5 3p f jv 15r 49 287
246 1 1 1 1 r d 3b 25 6r rn 1ff 2vb 3mf
249 1 3 1 5 v 1d 17 4l 1d gx z5 vp e1
24f 1 1 7 d b 1r l 71 6d g9 16v 2vb 371
24u 1 3 7 b n r h 3n 87 ov 15h 137 2i7
24w 1 1 5 9 t 7 2p f 35 cd nv 157 v5
258 1 3 1 9 d 1d 2r 2z 8z 5l ix 2db 42p
25i 1 1 1 f 9 j 1p 4h 7 2f gb 1p3 263
25m 1 3 3 f f j 2n 19 8b n1 r9 2on dj
25o 1 1 1 9 3 11 7 j 6b d b1 e9 yx
25t 1 1 5 f f d h 33 3r pt vt mj 1e1
25w 1 3 1 3 r 1l v j 7r 2v j9 hj 2mp
25z 1 1 1 1 f d 1v 2b n m7 1c7 1lb 2lf
268 1 3 3 7 3 1 1p v 15 et 1k9 34z 5df
26d 1 1 5 7 h r 29 27 2z 5p t 2p 3rn
26n 1 1 1 5 j 1d 2j 5l 7v qd i3 2y3 3wx
26q 1 1 7 9 b d 21 5h 11 63 1hn 2ll 4n5
26v 1 1 7 f b 7 23 5p 7 mr b3 id 507
271 1 3 3 3 r 11 2n 15 8j 4l tx 2ot fn
278 1 3 5 3 l 1d 1l 4z 31 hf 1dp bz 29p
27c 1 1 7 5 b j 17 3t 45 iv 16v 6t 12d
27h 1 3 5 5 f 3 1x 29 3r 4f 11v 2mh 4wj
27t 1 3 5 1 9 1p 1d 1h 8v p 19r 101 h3
27u 1 3 5 b v 17 9 2t 1z pj 9b 2ff 4hr
288 1 3 1 1 f 5 t 31 e7 q9 o3 2u5 5c3
28d 1 3 3 f h 1d 2j 33 5z t 1g7 2p 1xl
28e 1 3 1 d j 1p b 33 4j ll et ux 44b
28m 1 1 7 9 h 1j 39 2j cn 81 fh pd 3fr
291 1 3 1 7 p j 3f 11 1 7p jx 2ad 3g5
295 1 3 7 3 j n 2f 6j 5t cp 1kp 28d 1e5
296 1 3 3 5 5 17 n 1p 9r lz 1n 1jt 28t
29d 1 1 3 7 5 1 r 6f ap 75 z1 231 1e7
29j 1 3 1 1 r j 2f 71 3n j1 1cf 32n 21n
29u 1 3 7 b l h b 29 5b ht 1el 2bh 5lf
29z 1 3 3 5 f v 15 5x 1j pv 1i9 1d 4np
2a5 1 1 7 f 7 r 1t 67 35 27 1g3 pb 479
2a8 1 3 7 7 n 1j 1f 4n dr p 181 2nr m7
2ae 1 1 3 7 r f 2n 5d 9d bj r3 2dp qv
2ak 1 1 7 f j 7 2l 15 c1 fb b5 2g1 32b
2ao 1 1 7 b d f 1h 1x c1 1n v1 2lb 4t3
2ar 1 1 7 3 n 5 37 5l 69 31 1gv 309 4u1
2ax 1 1 1 b h 1 13 3z a1 ib up n 3sr
2bc 1 1 1 9 r 1l 2d 6b 79 3b 1g9 325 5ef
2bf 1 3 7 7 f 7 2z h 8r 1d 187 p5 60d
2bp 1 3 1 7 t 3 1b 6l 4d ld nb 2gv 2gr
2bu 1 1 3 f p 13 1r f 33 nt oh 15t 5x3
2bw 1 1 7 1 3 z 15 5z 2r ov sh 157 3mr
2c1 1 3 5 1 1 v p 6v 35 nd b1 1ep 5dl
2ci 1 1 3 5 j 15 1d 6r 69 r1 6p 4v sx
2cn 1 1 1 7 f f 2x 3x 2b 23 1aj 2pv 40z
2co 1 1 7 5 d r 1b 5j cd nd qn w5 1pd
2cr 1 3 5 f n v v 29 2d x lt 21b 60n
2cu 1 1 5 d l 3 1b 2r 6j q7 1c3 1wj 637
2cw 1 1 1 3 h 1h 2d 63 21 3n 117 ob x3
2d5 1 1 5 7 h 1r 35 7 55 fh kt 2qz 3u5
2dd 1 3 3 f f l 17 33 4b j5 9l br 2rx
2de 1 1 5 1 f t 2l 5 a1 jt jb 31d bt
2dn 1 3 7 7 d 15 37 4v 8r q1 3f 26x 3ft
2dq 1 1 3 b p 5 2v 1h br mj i9 b3 5ll
2dv 1 1 1 1 1 d 2t 5v an 91 2p 1bb 3f1
2e1 1 3 7 9 v 19 2b 4d e5 jh nd up 2t7
2ed 1 1 1 7 1 9 1x h 3l 7t w9 29t 5xp
2ek 1 3 7 1 b t 1f 3z 25 c1 1bv 1sd 4cp
2es 1 1 1 1 l 17 d 1v 4x e1 199 z7 3rp
2ew 1 1 3 b r 1r 33 1b 6h lp cl 1an 2h5
2fl 1 1 3 d t r 3b 3x dp qz ct w7 hl
2fs 1 1 3 f n 5 27 5z 4j 45 1e5 1un 1p
2fx 1 3 5 d j 5 1 13 bd fl jp n1 11p
2g4 1 3 3 d j 17 9 4x ch cf 21 1mj 4dh
2g7 1 3 5 1 n d 1r 31 5n gh n1 33l 5b5
2gg 1 1 5 7 3 9 1h 4v av 4p zn 2xd 3fn
2gp 1 1 5 7 t 17 9 5 5t 25 pr 29p 6a9
2gs 1 3 5 f h 1d 5 3z 3n lf 1at pp 1of
2gw 1 1 3 b r r r 4f 4h s7 183 34h 1j3
2gz 1 3 1 3 n 1l 3b 1v dd g1 at 2k7 43x
2h1 1 3 5 1 j 13 2f 1p 95 i9 1d9 v 1bf
2h5 1 1 3 1 5 p f 6p 3n mn 1cn 2c5 67b
2hk 1 3 3 d r d 25 2f c5 1l h9 sn 637
2hz 1 3 1 d n 1f 39 11 97 kp gt 2gb 3mx
2ib 1 1 5 5 j h 2r 4n 2f k1 kh lx 1o5
2ie 1 3 5 d 1 1f 3b 5v 4l 8b 10v 2ct 2kv
2ip 1 1 5 f t 19 h 3l 1v 9l 175 235 5op
2iq 1 1 1 9 n 7 d 5t 7 bb 8t 2dh 5mf
2iz 1 1 1 5 9 1n 2h 3 dj cj e1 1xf 5u3
2j4 1 3 1 7 l 1 l 5n 2t bl 12l 24f 12t
2j7 1 3 7 d 7 v 3 6v 9p dh yz f9 4vl
2ja 1 1 7 7 r x 2z 5h 85 k9 1cp 1zf 2v
2jp 1 3 5 9 p z 5 71 3t 5x 1kp 2m3 1e9
2jq 1 1 7 d f z 1v 2b 87 4v nb 26n nb
2jt 1 3 3 b 3 h 1j 3x 6v rj 39 2xj xx
2k7 1 1 5 1 b 11 2f 6h cp i5 oz 29h 2e9
2kb 1 1 3 f 3 v 1v 4n c5 9 i3 ut vn
2ke 1 1 3 1 7 1r 1v h b oj 1fj 1hx 3nz
2kj 1 3 7 9 j x 35 39 dr 13 1dv 1z5 49b
2l0 1 1 7 5 1 3 2v 11 5l 67 ul od 503
2l3 1 1 5 9 t 1d 1f x c7 ph nx 10p 1nb
2la 1 1 3 3 1 5 h 2l 61 h7 h1 11p 4pb
2lk 1 3 1 b 3 l 5 15 f 4v nf 29l 5a9
2lq 1 3 3 7 9 1l 1j 3j 27 7z cd 1p9 65x
2ls 1 1 7 d n h 2l 3l 4d 3r 1cj 1ed 387
2lv 1 1 1 5 v 1n 2r x bt 95 on a7 1cx
2m1 1 1 7 9 h 1h 25 3v c3 ar 1d 2td 1d9
2m2 1 3 3 f l 1l 19 4h 97 jz 7l 2on 37x
2mc 1 1 3 9 3 3 2x 5l ad od pj z3 54p
2n0 1 3 1 f d 17 d 2r 21 4j 9t 2r5 4bl
2n3 1 3 7 3 5 9 1x 4x ch 1b lp v9 39x
2na 1 1 1 5 3 19 1 3f bd p3 5p 1l5 5w5
2nd 1 3 5 9 j 1b 2f 3r dd m7 2t 2mp 1q9
2ne 1 3 1 d 3 p f r 51 qv il 1zl 5ld
2nj 1 1 7 3 v 5 2v 1h 1 pb xl 2up 55p
2nm 1 1 3 1 5 5 1d 3r 7t kr l5 2al 657
2no 1 3 3 5 j 1p 3h 5j 8b eb 11x a9 5f7
2nx 1 3 1 7 5 15 1r 6d 7v fv 43 cf i9
2o8 1 3 1 b 5 f 1j 7 77 1p r 13p 4cf
2ol 1 1 5 1 3 1h 1f 71 4b fd zx 2vr 52f
2om 1 3 5 9 5 15 l 4f 2t lt 1j1 2xj 5xp
2oq 1 3 7 7 9 3 2n 2x 3l 5x xr sj 4eb
2ov 1 1 3 3 t d 9 71 ch 8x 9h 27z 4r
2p5 1 3 7 b l b 23 z 17 qt ir 1pl 5jb
2p8 1 1 5 f v 5 t 3t 8n kv 1b 11z 4kh
2pd 1 1 3 f h 1 19 1x 1j i1 n7 ft 5vj
2pe 1 3 1 d v 7 n f av 41 1f9 1ep 12z
2pj 1 1 3 f 5 9 27 25 2x b3 1hp 1xj 3ot
2pk 1 3 1 3 h 1b j d 2z d7 l3 29h 2wh
2pn 1 1 7 b 3 7 3d 5t b1 od 85 nj 5fj
2px 1 1 1 f t 19 5 31 9b ct 3z pv 34d
2q4 1 3 1 7 b 1l 21 2h 5l 4t mb 31t 40l
2qa 1 1 5 b b x 11 t 7b sb i9 14d 60v
2qc 1 3 3 d v p 11 1b 79 gv 1bb 20b bl
2qj 1 1 1 1 v 1p 19 37 7n 6n 1j9 1gp 3c9
2ql 1 3 5 3 v 3 b 4t 9b g3 x5 1pn 62r
2qw 1 1 7 9 t 19 d 1v b3 4x zx 2zd 1pt
2r7 1 1 7 b b 1f 3d 6b d1 p5 pt 217 37p
2rd 1 3 7 9 d 13 1j 4n n 43 18j 1lv 3l1
2rj 1 1 3 f r 1h b 4b 4d hh 77 2bl 3jx
2rq 1 3 1 7 f 1b 1f 1 77 gr on 26p 52t
2rt 1 3 5 3 1 1b 2j 17 a1 fv t 14d 3al
2ru 1 1 3 9 b 1f 1j n bj 7p 13j 2oj 16f
2rz 1 1 3 b t 1d 2t 23 8b jp md 345 3dx
2s1 1 1 7 3 n 1 11 1f aj lf 105 2v9 55d
2s2 1 1 5 3 n b 3h 4x af ih qf 17t 20b
2sd 1 1 1 1 1 5 1z 73 l cr cz 1lv 46f
2sn 1 1 5 d n t 31 4d a3 qz f9 hz wp
2su 1 1 3 9 7 f 2t 3 a5 5x kp w3 4pf
2t2 1 3 5 f f j 1b 4z 8f eh zj 63 1v3
2td 1 3 3 d r b 2b 4l a9 rh 79 319 3pl
2tj 1 1 3 b v 1n 1 55 1h jj 14v 29j ur
2tq 1 3 3 7 p 3 29 r 2l eh c1 27f 4it
2tv 1 3 3 b t f 1d 4n 8r pr f3 2oh 3bn
2tx 1 3 1 3 t x 1h f 53 j7 jj 10f 2m9
2u4 1 3 5 d n 1d 3 b 1 9x 133 bj 5kb
2ub 1 3 7 f 1 p 2j 35 8z ab 59 pp wt
2us 1 3 3 3 h 1n 3b 5j 37 67 od 1ox 5d
2v1 1 1 1 5 5 z v 1n c5 bf 11 1ut 2xh
2v2 1 3 1 d 9 11 1 6p 1n 4d 1dl xz fn
2v5 1 3 5 d 3 l p 2n f kp 2d jh 44x
2vf 1 3 7 1 v x 33 5f z pd 1jx 29z 53n
2vh 1 3 5 1 j 3 23 3b 33 bd qf 14h 3tp
2vk 1 3 1 f j 1n 3 4b 6l i9 1in 2kb 4t7
2vq 1 1 5 1 3 j 19 2x ah oh 4n 1qn 3gj
2vt 1 1 7 7 d d 2r 2h 5l 7r 4h 1wz 4mp
2vu 1 1 7 3 d h 2p 3l 3t ah 167 53 2vh
2w0 1 1 7 9 9 5 19 3r 37 51 1at 2pd 3dv
2w6 1 1 1 1 j z 1x 35 8h bn qd 2ah 6v
2wi 1 1 5 d n 1p d 3v dx mj 1v 15p 50d
2wk 1 1 3 d f 15 r 61 85 d 41 213 5e7
2wu 1 3 3 d f 11 1z 3f 7x 1d hf zn 4mh
2ww 1 3 3 b 9 p b 1 5n 9t 11f 1jj 25r
2x6 1 3 5 1 7 1d 2t 6f dv 1r 1ix 1pb 61h
2xk 1 1 7 1 h f 37 3v al q7 hb 345 2aj
2xn 1 1 3 5 d 1j n 2f 3v m3 1ad 127 wx
2xt 1 3 3 5 5 19 2p 71 6p 99 hx ff 62j
2y0 1 3 5 1 1 1 2h r bb e5 13t gx 1tf
2y5 1 3 7 1 r t 5 4d dr mj zx vr mz
2yb 1 1 3 3 p 1d 3j 33 5b 3 nh 12f 1y1
2yd 1 1 5 7 5 1f 2t 4b 6l ct n3 2dv 2yz
2yk 1 3 7 1 t z 2x 2j 7x jl 3n az 4mz
2yq 1 3 5 3 d l 2b 4t 65 mz 1db 1hn 56v
2ys 1 1 3 5 3 p 2n 37 5p ft 147 px 4yh
2yv 1 1 7 9 v 3 h 4v 41 cf 10p tp 51b
2z1 1 1 3 3 n 1 27 1f bp bn o9 31f 1e1
2z9 1 1 5 1 3 13 f 2d 4p il pj b1 4az
2zj 1 3 5 1 l 1p 2f 61 6z h7 ub 33d 6d
2zk 1 1 1 b n 1j 2d 3d a3 o3 8r cf 2lp
2zt 1 3 3 d t j 2h 2d 3t d1 1g1 24t 32f
302 1 3 7 d j 1r 1p 25 1v a1 b 1dn 3mn
304 1 1 3 b 7 f 3j 2x 4z nt 1af 2tb 2m5
30l 1 1 1 7 j l 2r 4h dv ef zr 2al db
30x 1 1 3 d t 1f 2n 6z 1j ef 1ib 281 4lb
31a 1 1 3 b n 1r 3d 6l 4v 8n jh 16r 1u7
31e 1 1 7 5 5 19 21 2p 5 49 jv 1kl 2l5
31n 1 1 1 3 d 7 1v 4t bt nf 15l 23t 409
31q 1 1 7 1 n 3 3b b 25 3x 1gx 1r1 3al
31s 1 1 7 f 1 n 27 6z c7 gr b9 1w1 4xb
324 1 3 7 b t r 1b 73 1b id 1in rz 2uh
32e 1 3 7 5 j 13 z 37 bl ad 83 95 gr
32k 1 3 1 9 b x r 5d 5r br 10f 121 5mz
32n 1 1 3 b 9 t 2b h dt dp 95 2f9 4kv
32q 1 3 1 5 v 1f t 4r 1f dp 191 2p9 35n
32z 1 1 5 9 l 17 2x 5r 6t a3 x3 jf vn
332 1 1 3 b j 5 29 3b 6v 4p 115 19 52d
335 1 3 1 b 3 1f 3 2t 4f b 71 8b 3w3
336 1 3 1 5 b 1h 2d 13 1l hx 1jr sv 2sr
338 1 3 5 3 h 1p 2p 4l bj 9x 7v gp 48x
33c 1 3 7 3 9 1f 1d 2d 3 6b 3t 8l 6r
33f 1 1 5 3 b 1n b 3n bd jj cn 3f 56v
33k 1 3 7 9 p 1d l 4r 7z aj ij 8p jt
341 1 1 3 9 7 z 1b 3 a7 g5 197 1a9 30h
344 1 3 1 1 t 1l z 1j 73 i5 mv 1p1 4rn
348 1 3 7 f h f 39 2b 9z 4j 37 2bb 459
34l 1 1 5 3 l 1p z 2p 1z j3 5r 291 t5
34q 1 1 1 f d f 3h 29 7b id bl 2i3 1ad
35d 1 1 7 3 3 j 33 5d cb 9f ib xn 179
35n 1 3 1 3 r 3 3 4t av 5x mb 2j5 2h3
35q 1 1 5 f j 1 7 5v 4d gr b7 12j 17z`;
