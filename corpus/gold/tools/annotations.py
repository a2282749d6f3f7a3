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

# Held-out page written by hand (not from the corpus): corpus/heldout/heldout_01.txt.
HELDOUT = {}
HELDOUT['heldout_01'] = [
    # -- Shigatse article
    M('逾20亿元', None, '2000000000', 'OVER'),                      # headline
    P('六成以上', 0, '60', 'OVER'),                                 # sub-headline
    M('20.36亿元', None, '2036000000'),                             # spaced digits in the original
    P('7.8%', None, '7.8'),
    P('六成以上', 1, '60', 'OVER'),
    M('18.7亿元', None, '1870000000'),
    P('91.8%', None, '91.8'),
    P('4.2个百分点', None, '4.2', unit='POINTS'),
    M('两亿元', None, '200000000'),
    M('300万至800万元', None, '3000000', min='3000000', max='8000000'),
    M('约4.5亿元', None, '450000000', 'APPROX'),
    M('将近3000元', None, '3000', 'APPROX'),
    P('超过95%', None, '95', 'OVER'),
    M('120元', None, '120'),                                       # per mu
    M('1,506万元', None, '15060000'),
    # "受益群众超过1.2万": a count of people, not MONEY
    M('6800万', None, '68000000'),                                 # bare 万: 完成投资
    M('1.2亿', None, '120000000'),                                 # bare 亿: 计划再投资
    # "5万吨", "8000吨", "12.5万亩", "380公斤左右": not MONEY
    M('15亿', None, '1500000000'),                                 # 每年15亿的销售额
    M('4000元至5500元', None, '4000', min='4000', max='5500'),
    M('近千元', None, '1000', 'APPROX'),
    M('500万以上', None, '5000000', 'OVER'),                        # 斥资500万以上
    # -- Lhasa medical insurance article
    M('六百一十元', None, '610'),
    M('380元', None, '380'),
    P('百分之九十八以上', None, '98', 'OVER'),
    P('100%', None, '100'),
    P('90%左右', None, '90', 'APPROX'),
    M('4,382.6万元', None, '43826000'),                            # wrapped between 万 and 元
    M('超过1万元', None, '10000', 'OVER'),
    P('70%', None, '70'),
    M('十五万元', None, '150000'),
    M('120万元', None, '1200000'),                                 # full-width digits in the original
    # "不足60岁" (age), phone numbers 0891-6328715 / 12393: not entities
    P('65%', None, '65'),
    P('75%', None, '75'),
    M('8000元', None, '8000'),
    # -- Nagqu grassland article
    M('9.8亿元', 0, '980000000'),                                  # headline
    M('9.8亿元', 1, '980000000'),
    M('7.5元', None, '7.5'),
    M('2.5元', None, '2.5'),
    M('5300余万元', None, '53000000', 'OVER'),
    M('约680元', None, '680', 'APPROX'),
    M('12.4亿元', None, '1240000000'),
    P('百分之三点五', None, '3.5'),
    P('千分之三以下', None, '0.3', 'UNDER'),
    M('5万元以下', None, '50000', 'UNDER'),                         # "期限3年以内" is a loan term
    P('3.45%至4.2%', None, '3.45', min='3.45', max='4.2'),
    P('5%-20%', None, '5', min='5', max='20'),
    M('一千二百万元', None, '12000000'),
    M('420.5万元', None, '4205000'),
    P('三成半', None, '35'),
    M('5角', None, '0.5'),
    M('4890元', None, '4890'),
    M('2.3万元', None, '23000'),
    M('50万', '分别奖励50万', '500000'),                            # list sharing 元
    M('30万元', None, '300000'),
    # -- power / trade article
    P('两成', None, '20'),                                          # headline 增长两成
    P('21.3%', None, '21.3'),
    M('0.49元', None, '0.49'),
    M('0.8元', None, '0.8'),
    M('38亿多', None, '3800000000', 'OVER'),
    P('99.8%', None, '99.8'),
    P('0.6个百分点', None, '0.6', unit='POINTS'),
    P('九成以上', None, '90', 'OVER'),
    M('3.2亿美元', None, '320000000', cur='USD'),
    P('近60%', None, '60', 'APPROX'),
    P('超七成', None, '70', 'OVER'),
    # -- Shannan employment article
    M('3.6亿元', 0, '360000000'),                                  # headline
    M('3.6亿元', 1, '360000000'),
    P('92.5%', None, '92.5'),                                      # full-width ９２．５％
    M('100元', None, '100'),
    M('200元至500元', None, '200', min='200', max='500'),
    P('百分之九十五', None, '95'),
    M('22.7亿元', None, '2270000000'),
    M('不到3000元', None, '3000', 'UNDER'),
    P('5%以下', None, '5', 'UNDER'),
    M('3000元', '每人每年3000元', '3000'),
    P('50%', '利率的50%', '50'),
    P('不足2%', None, '2', 'UNDER'),
    M('1.35亿元', None, '135000000'),
]
