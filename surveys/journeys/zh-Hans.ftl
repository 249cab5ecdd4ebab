# 问卷 `journeys`：孩子怎么去上学、在城里怎么出行，哪里让他们觉得不安全，什么会有帮助。
# 对孩子和青少年用“你”，对家长用“您”。
# 每句字数上限（汉字、字母和数字，不算标点）：15（5-8 岁）、25（9-12 岁）、35（13-17 岁）、50（家长）。

title = 上学路上和城里的路
intro =
    { $audience ->
        [age-5-8] 我们想让你上学的路变得更好。告诉我们你怎么去上学。路上你感觉怎么样？
        [age-9-12] 城市想让大家走路、骑车和出门都更安全。告诉我们你怎么去上学，哪里让你觉得不安全。你的答案会帮助城市决定先改什么。
        [parent] 城市正在规划更安全的上学路线和城内出行路线。我们想了解您孩子的出行情况，以及您作为家长或照顾者的看法。您的回答会帮助城市决定先改变什么。
       *[other] 城市正在计划改造街道、过街设施和小路。我们想知道你怎么出行、在哪里觉得不安全、什么会有帮助。你的回答会帮助城市决定先修什么。
    }
duration =
    { $audience ->
        [age-5-8] 大约要 3 分钟。
        [age-9-12] 大约要 5 分钟。
       *[other] 大约要 4 分钟。
    }
results-when =
    { $audience ->
        [age-5-8] 以后，你可以看到我们听到了什么。我们会告诉你城市要做什么。
        [age-9-12] 调查结束后，我们会在这个网站上公布听到的内容。我们还会说明城市要做什么。
        [parent] 调查结束后，我们会在这个网站上公布孩子和家长告诉我们的内容，以及城市将采取的行动。
       *[other] 调查结束后，我们会在这个网站上公布我们听到了什么，以及城市将做什么。
    }

q-travel-mode =
    { $audience ->
        [age-5-8] 你怎么去上学？
        [parent] 您的孩子通常怎么去上学？
       *[other] 你通常怎么去上学？
    }
q-travel-mode-hint =
    { $audience ->
        [age-5-8] 选一张图。
        [age-9-12] 选你平时最常用的那一种。
        [parent] 如果不固定，请选孩子大多数日子的出行方式。
       *[other] 如果不固定，就选你大多数日子的出行方式。
    }
q-travel-mode-walk =
    { $audience ->
        [age-5-8] 走路
       *[other] 步行
    }
q-travel-mode-bike = 骑自行车
q-travel-mode-scooter = 骑滑板车
q-travel-mode-bus =
    { $audience ->
        [age-5-8] 坐公交车
       *[other] 坐公交车、电车或火车
    }
q-travel-mode-car = 坐小汽车

q-travel-with =
    { $audience ->
        [age-5-8] 谁陪你去上学？
        [parent] 您的孩子通常和谁一起去上学？
       *[other] 你通常和谁一起去上学？
    }
q-travel-with-hint =
    { $audience ->
        [age-5-8] 选一张图。
       *[other] 选大多数日子的情况。
    }
q-travel-with-adult =
    { $audience ->
        [age-5-8] 大人
        [parent] 我或其他大人
       *[other] 成年人
    }
q-travel-with-older-child =
    { $audience ->
        [age-5-8] 大一点的孩子
       *[other] 年龄大一些的孩子
    }
q-travel-with-friends =
    { $audience ->
        [parent] 同龄的朋友
       *[other] 朋友
    }
q-travel-with-alone =
    { $audience ->
        [parent] 孩子自己去
       *[other] 我自己去
    }

q-journey-minutes =
    { $audience ->
        [parent] 您的孩子上学路上大约要多少分钟？
       *[other] 你去学校大约要多少分钟？
    }
q-journey-minutes-hint =
    { $audience ->
        [age-9-12] 只算单程，从家到学校。估一下就行。
        [parent] 只算单程，从家门到校门，按平常的一天算。大概估计就行。
       *[other] 只算单程，从家门到校门。估一下就行。
    }

q-journey-feeling =
    { $audience ->
        [age-5-8] 去上学的路上，你感觉怎么样？
        [parent] 您觉得孩子在上学路上有多安全？
       *[other] 在上学路上，你觉得有多安全？
    }
q-journey-feeling-hint =
    { $audience ->
        [age-5-8] 选一张和你感觉一样的脸。
        [age-9-12] 难过的脸表示很不安全。开心的脸表示很安全。
       *[other] 从很不安全到很安全。
    }

q-unsafe-things =
    { $audience ->
        [age-5-8] 什么让你觉得害怕或担心？
        [parent] 孩子上学路上，您最担心什么？
       *[other] 路上什么让你觉得不安全？
    }
q-unsafe-things-hint =
    { $audience ->
        [age-5-8] 你可以选好几个。
       *[other] 选出所有符合的。
    }
q-unsafe-things-fast-cars =
    { $audience ->
        [parent] 车速太快
       *[other] 开得很快的车
    }
q-unsafe-things-busy-road =
    { $audience ->
        [age-5-8] 车很多的马路
       *[other] 要过车很多的马路
    }
q-unsafe-things-no-path =
    { $audience ->
        [age-5-8] 没有地方走路
        [parent] 没有人行道或人行道被占
       *[other] 没有安全的人行道
    }
q-unsafe-things-dark =
    { $audience ->
        [age-5-8] 黑黑的地方
       *[other] 很黑或没有人的地方
    }
q-unsafe-things-people =
    { $audience ->
        [age-5-8] 让我害怕的人
        [age-9-12] 找我麻烦的人
        [parent] 欺凌或骚扰
       *[other] 被人纠缠或骚扰
    }
q-unsafe-things-dogs = 狗

q-allowed-alone =
    { $audience ->
        [age-9-12] 没有大人陪，你能自己去城里的一些地方吗？
        [parent] 没有大人陪同时，您会让孩子自己去上学或在城里走动吗？
       *[other] 你想出门的时候，可以自己在城里走动吗？
    }
q-allowed-alone-hint =
    { $audience ->
        [age-9-12] 比如去朋友家、公园或商店。
        [parent] 比如在没有大人陪同的情况下步行、骑车或坐公交车。
       *[other] 我们问这个，是因为年轻人能不能自由出行，能看出一座城市对孩子是否友好。
    }
q-allowed-alone-yes = 可以
q-allowed-alone-some-places = 只有一些地方可以
q-allowed-alone-no =
    { $audience ->
        [age-13-17] 不太能
        [parent] 还不行
       *[other] 不可以
    }

q-alone-why-not = 是什么让您不放心让孩子自己出门？
q-alone-why-not-hint = 选出所有符合的。
q-alone-why-not-traffic = 路上车多
q-alone-why-not-too-far = 路太远
q-alone-why-not-strangers = 陌生人或骚扰
q-alone-why-not-too-young = 孩子还太小
q-alone-why-not-no-company = 没有人一起走
q-alone-why-not-school-rules = 学校规定

q-unsafe-anywhere =
    { $audience ->
        [parent] 城里有没有让您担心孩子安全的地方？
       *[other] 城里有没有让你觉得不安全的地方？
    }
q-unsafe-anywhere-hint =
    { $audience ->
        [age-9-12] 比如一条街、一个公园、一个公交车站或一条地下通道。
       *[other] 想一想街道、公园、公交站和火车站，白天晚上什么时候都算。
    }
q-unsafe-anywhere-yes = 有
q-unsafe-anywhere-no = 没有
q-unsafe-anywhere-not-sure = 不确定

q-unsafe-area = 那个地方在城里的哪个区域？
q-unsafe-area-hint =
    { $audience ->
        [age-9-12] 如果有好几个，就选最糟糕的那个。这能帮城市知道从哪里开始。
       *[other] 如果不止一个，请选最让人担心的那个。这能告诉城市先在哪里行动。
    }

q-unsafe-places =
    { $audience ->
        [parent] 您的孩子在路上哪些地方觉得不安全？
       *[other] 你在路上哪些地方觉得不安全？
    }
q-unsafe-places-hint =
    { $audience ->
        [age-9-12] 在地图上点出这些地方，最多 3 个。
        [parent] 请在地图上最多标出 3 个地方。我们只保存大概的区域，不保存准确的地点。
       *[other] 在地图上最多标出 3 个地方。我们只保存大概的区域，不保存准确的地点。
    }

q-wish-mode =
    { $audience ->
        [age-5-8] 你想怎么去上学？
        [age-9-12] 如果可以选，你想怎么去上学？
        [parent] 如果又安全又方便，您希望孩子怎么去上学？
       *[other] 如果可以随便选，你会怎么去上学？
    }
q-wish-mode-hint =
    { $audience ->
        [age-5-8] 选一张图。
       *[other] 选一个。
    }
q-wish-mode-walk =
    { $audience ->
        [age-5-8] 走路
       *[other] 步行
    }
q-wish-mode-bike = 骑自行车
q-wish-mode-scooter = 骑滑板车
q-wish-mode-bus =
    { $audience ->
        [age-5-8] 坐公交车
       *[other] 坐公交车、电车或火车
    }
q-wish-mode-car = 坐小汽车

q-help-wish = 什么能让你上学的路变得更好？
q-help-wish-hint = 选一个或两个。
q-help-wish-crossings = 安全过马路的地方
q-help-wish-lights = 更多的灯
q-help-wish-slower-cars = 车开慢一点
q-help-wish-bike-lanes = 给自行车走的路
q-help-wish-walking-bus = 和大家一起走

q-help-rank =
    { $audience ->
        [age-9-12] 什么最能让你上学的路更安全？
        [parent] 什么最能让孩子的出行更安全？
       *[other] 什么能让出行更安全？
    }
q-help-rank-hint =
    { $audience ->
        [age-9-12] 把最有用的放在最上面。“步行巴士”就是一群孩子和大人一起走路上学。
        [parent] 把最有用的放在最上面。“步行巴士”是指一群孩子在成年志愿者的陪同下步行上学。
       *[other] 把最有用的放在最上面。
    }
q-help-rank-crossings =
    { $audience ->
        [age-9-12] 过马路更安全的地方
       *[other] 更安全的人行横道
    }
q-help-rank-lights = 更好的路灯
q-help-rank-slower-cars =
    { $audience ->
        [parent] 降低车速
       *[other] 车开得更慢
    }
q-help-rank-bike-lanes = 安全的自行车道
q-help-rank-walking-bus =
    { $audience ->
        [age-13-17] 结伴步行和骑行
        [parent] 步行巴士
       *[other] 步行巴士
    }

q-home-area = 你住在城里的哪个区域？
q-home-area-hint =
    { $audience ->
        [age-9-12] 这能帮城市看出哪些区域最需要改变。
        [parent] 这样城市可以比较不同的区域。结果只按人数多的群体显示。
       *[other] 我们问这个，是为了让城市比较不同的区域。结果只按人数多的群体显示，从不针对某一个人。
    }

q-idea =
    { $audience ->
        [age-9-12] 上学路上或在城里，你最想改变的一件事是什么？
        [parent] 关于孩子的出行，如果能改变一件事，您会改变什么？
       *[other] 关于在城里出行，如果能改变一件事，你会改变什么？
    }
q-idea-hint =
    { $audience ->
        [age-9-12] 用你自己的话写。请不要写任何人的名字。
       *[other] 请不要写任何人的名字或地址。
    }

area-old-town = 老城区
area-riverside = 河滨区
area-north-hill = 北山区
area-station = 车站区
area-green-park = 绿园区
