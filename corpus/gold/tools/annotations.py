"""Hand annotations of MONEY and PERCENT, page by page (read sentence by sentence by a human-style
annotator; values typed by hand, not computed by any extractor).

M(text, where, value, qualifier, currency, min, max) / P(text, where, value, qualifier, unit, min, max):
  text  = surface with whitespace removed, full-width folded;
  where = a context string that occurs once on the page and contains text (first occurrence of text
          inside it is taken), or an int = index among all occurrences of text, or None = unique.
  value/min/max are decimal strings (yuan for MONEY, percent units for PERCENT).
"""


def M(text, where, value, q='EXACT', cur='CNY', min=None, max=None):
    return dict(type='MONEY', text=text, where=where, value=value, qualifier=q, currency=cur,
                min=min, max=max)


def P(text, where, value, q='EXACT', unit='PERCENT', min=None, max=None):
    return dict(type='PERCENT', text=text, where=where, value=value, qualifier=q, unit=unit,
                min=min, max=max)


PAGES = {}

# 000: Lhasa poverty-alleviation feature + bank financing meeting + short items.
PAGES['000_43268a8e56779e13'] = [
    M('187208.13万元', None, '1872081300'),
    M('169288.37万元', None, '1692883700'),
    # "400万元以下项目" = projects under 4 million yuan: a threshold amount with suffix 以下.
    M('400万元以下', 0, '4000000', 'UNDER'),
    M('400万元以下', 1, '4000000', 'UNDER'),
    M('6088万元', None, '60880000'),
    M('4405万元', None, '44050000'),
    P('72.33%', None, '72.33'),
    M('7111万元', None, '71110000'),
    M('2万余元', None, '20000', 'OVER'),
    M('1.31亿元', None, '131000000'),
    M('8187.66元', None, '8187.66'),
    M('4730.66元', None, '4730.66'),
    P('57.78%', None, '57.78'),
    M('1759.72元', None, '1759.72'),
    P('21.49%', None, '21.49'),
    M('915.63元', None, '915.63'),
    P('11.18%', None, '11.18'),
    M('781.64元', None, '781.64'),
    P('9.55%', None, '9.55'),
    M('175.73亿元', None, '17573000000'),
    # "余额突破60亿元大关": 突破 (broke through) = the balance now exceeds 60亿 -> OVER, inside the span.
    M('突破60亿元', None, '6000000000', 'OVER'),
]

# 001: Lhasa consolidation feature, Mozhugongka "格桑花开" item, Saga farmland item.
PAGES['001_ffe866a64da50416'] = [
    P('34.93%', None, '34.93'),
    M('4657.09万元', None, '46570900'),
    P('2.77%', None, '2.77'),
    M('167975.86万元', None, '1679758600'),
    M('88215.21万元', None, '882152100'),
    M('27269万元', None, '272690000'),
    M('18044万元', None, '180440000'),
    M('34447.65万元', None, '344476500'),
    M('3571.15元', None, '3571.15'),
    M('120万元', None, '1200000'),
    M('7111万元', None, '71110000'),
    M('2万余元', None, '20000', 'OVER'),
    M('1.31亿元', None, '131000000'),
    M('43924.09万元', None, '439240900'),
    M('47462.67万元', None, '474626700'),
    M('61.388万元', None, '613880'),
    M('16.448万元', None, '164480'),
    M('43.708万元', None, '437080'),
    M('60.017万元', None, '600170'),
    P('57.98%', None, '57.98'),
    M('1095.15万元', None, '10951500'),
    M('3800余万元', 0, '38000000', 'OVER'),   # headline
    M('3808.56万元', None, '38085600'),
    M('3800余万元', 1, '38000000', 'OVER'),   # first phase, 2021
    P('85%以上', None, '85', 'OVER'),
]

# 002: Ngari poverty-alleviation review, Xide tsampa, Rinbung water company, Baqen interview.
PAGES['002_f22679054b6262f9'] = [
    P('100%', '访贫率达100%', '100'),
    M('1551.9元', None, '1551.9'),
    M('10274.4万元', None, '102744000'),
    M('867.55万元', None, '8675500'),
    M('13132万元', None, '131320000'),
    M('6873万元', None, '68730000'),
    M('1.6亿元', None, '160000000'),       # "余额1.6亿元": 余额 = balance, not the qualifier 余
    M('1710万元', None, '17100000'),
    M('7004.72万元', None, '70047200'),
    M('195.28万元', None, '1952800'),
    M('151.01万元', None, '1510100'),
    M('397.3万元', None, '3973000'),
    M('595.3万元', None, '5953000'),
    P('100%', '集中收养率均达到100%', '100'),
    P('100%', '后付费”比例均达到100%', '100'),
    M('640万元', None, '6400000'),
    P('100%', '救治216人、救治率达100%', '100'),
    P('100%', '救治1380人、救治率达100%', '100'),
    P('100%', '兜底保障率达100%', '100'),
    P('50%', '将收益的50%', '50'),
    P('35%', '35%作为流动资金', '35'),
    P('10%', '10%作为建档立卡', '10'),
    P('5%', '5%作为西德村', '5'),
    M('270万元', None, '2700000'),
    M('665.22万元', None, '6652200'),
    M('4800元', None, '4800'),
    P('51%', '“资金投入51%”', '51'),           # inside a quoted phrase: still PERCENT
    M('100万元', '注册资金100万元', '1000000'),
    M('51万元', None, '510000'),
    P('51%', '占股51%', '51'),
    M('49万元', None, '490000'),
    P('49%', None, '49'),
    M('18万元', None, '180000'),
    M('85038.23万元', None, '850382300'),
    M('84780.66万元', None, '847806600'),
    M('885.03万元', None, '8850300'),
    M('36.29亿元', None, '3629000000'),
    P('99%', None, '99'),
    M('36.99亿元', None, '3699000000'),
    P('102%', None, '102'),
    M('36.20亿元', None, '3620000000'),
    P('98%', None, '98'),
    P('21.68%', None, '21.68'),
    P('0%', '降至0%', '0'),
]

# 003: Tibet income-growth measures (continuation page).
PAGES['003_41a1328b350856c5'] = [
    P('67.58%', None, '67.58'),
    M('5万元', '小额信贷5万元三年期', '50000'),
    P('1.08%', None, '1.08'),                  # interest rate
    M('480万元', None, '4800000'),
    M('80万元', None, '800000'),               # "最高贷款可贷80万元": 最高 not adjacent, EXACT cap
    P('50%', '50%的村民', '50'),
    P('35%', '增加35%', '35'),
    # "不低于10%的比例" = at least 10% -> OVER, 不低于 inside the span (written-out 以上).
    P('不低于10%', None, '10', 'OVER'),
    M('582万元', None, '5820000'),
    P('99%', '满意度达99%', '99'),
    M('750万元', None, '7500000'),
    P('99.2%', None, '99.2'),
    P('99%以上', None, '99', 'OVER'),
    M('20.48亿元', None, '2048000000'),
    M('1500万元', None, '15000000'),           # per pilot county
    M('87.4亿元', None, '8740000000'),
    P('58%', None, '58'),
    M('9.86亿元', None, '986000000'),
]

# 004: Lhasa party-building features, Liuwu items, Caicun dividend, "good landlord".
PAGES['004_69c8c66161749de4'] = [
    M('1.5万元', None, '15000'),               # 每人分得 (per person)
    M('1146万元', None, '11460000'),
    M('7.5万元', None, '75000'),               # monthly rent
    # "房租减免上万的": vague magnitude word 上万, no numeral -> not annotated.
    M('接近15万元', None, '150000', 'APPROX'),  # 接近 = 将近
]
