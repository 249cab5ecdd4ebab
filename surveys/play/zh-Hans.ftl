# 问卷 `play`：孩子在哪里玩耍和见面，什么让他们玩不成，他们想改变什么。
# 对孩子和青少年用“你”，对家长用“您”。
# 每句字数上限（汉字、字母和数字，不算标点）：15（5-8 岁）、25（9-12 岁）、35（13-17 岁）、50（家长）。

title =
    { $audience ->
        [age-5-8] 你在哪里玩？
       *[other] 玩耍和见面的地方
    }
intro =
    { $audience ->
        [age-5-8] 城市想知道你在哪里玩。你的想法能让玩的地方变得更好。
        [age-9-12] 城市想让玩耍和见面的地方变得更好。告诉我们你在哪里玩、什么让你玩不成，还有你想改变什么。你的想法能帮城市决定先做什么。
        [age-13-17] 城市正在计划改造公园、街道和其他年轻人常去的地方。我们想知道你去哪里、有什么阻碍，以及你想改变什么。你说的话会帮助城市决定先做什么。
       *[parent] 城市正在计划改造游乐场所、公园和街道。我们想了解您的孩子在哪里玩耍、和朋友见面，有什么阻碍，以及您自己的看法。您的回答会帮助城市决定先做什么。
    }
duration =
    { $audience ->
        [age-5-8] 大约要 3 分钟。
        [age-9-12] 大约要 4 分钟。
        [age-13-17] 大约要 4 分钟。
       *[parent] 大约要 3 分钟。
    }
results-when =
    { $audience ->
        [age-5-8] 调查完了，我们会说出孩子们的想法。我们也会说城市要做什么。大人可以在这个网站上给你看。
        [age-9-12] 调查结束后，我们会在这个网站上分享孩子们说的话。我们还会说明城市打算做什么。
        [age-13-17] 调查结束后，我们会在这个网站上公布年轻人告诉我们的内容。我们还会说明城市打算怎么做。
       *[parent] 调查结束后，结果和城市的回应会在这个网站上公布，还会有一个写给孩子看的版本。
    }

## Where they play
## 在哪里玩

q-play-places =
    { $audience ->
        [age-5-8] 你喜欢在哪里玩？
        [age-9-12] 你通常在哪里玩，或者和朋友见面？
        [age-13-17] 你的空闲时间通常和朋友在哪里度过？
       *[parent] 不上学的时候，您的孩子通常在哪里玩耍或和朋友见面？
    }
q-play-places-hint =
    { $audience ->
        [age-5-8] 你最多可以选 3 个。
       *[other] 最多选 3 个。
    }
q-play-places-playground = 游乐场
q-play-places-park =
    { $audience ->
        [age-5-8] 公园
       *[other] 公园或绿地
    }
q-play-places-street =
    { $audience ->
        [age-5-8] 家附近的街上
       *[other] 街道或广场
    }
q-play-places-school-yard = 学校操场
q-play-places-sports-ground =
    { $audience ->
        [age-5-8] 运动场
       *[other] 运动场或球场
    }
q-play-places-shops =
    { $audience ->
        [age-5-8] 商店
        [age-13-17] 商场或咖啡馆
       *[other] 商店或商场
    }
q-play-places-home =
    { $audience ->
        [age-5-8] 在家里
       *[other] 自己家或朋友家
    }

## How often, and what stops them
## 多久去一次，什么让他们去不了

q-play-spots =
    { $audience ->
        [parent] 您的孩子在外面的哪些地方玩？
       *[other] 你在外面的哪些地方玩？
    }
q-play-spots-hint =
    { $audience ->
        [age-9-12] 在地图上点出你玩的地方，最多 3 个。
       *[other] 在地图上最多标出 3 个地方。我们只保存大概的区域，不保存准确的地点。
    }

q-plays-outside =
    { $audience ->
        [age-5-8] 你常在外面玩吗？
        [age-9-12] 放学后或周末，你多久去外面玩一次？
        [age-13-17] 课余时间，你多久去户外活动一次？
       *[parent] 不上学的时候，您的孩子多久去户外玩耍或活动一次？
    }
q-plays-outside-hint =
    { $audience ->
        [age-5-8] 想一想放学以后。
        [age-9-12] 想一想平常的一周。
        [age-13-17] 想一想平常的一周。这能帮城市了解年轻人去户外场所的次数。
       *[parent] 想一想平常的一周。
    }
q-plays-outside-most-days =
    { $audience ->
        [age-5-8] 每天
       *[other] 几乎每天
    }
q-plays-outside-some-days = 有几天
q-plays-outside-hardly-ever =
    { $audience ->
        [age-5-8] 很少
        [parent] 很少或从不
       *[other] 几乎不去
    }

q-what-stops =
    { $audience ->
        [age-5-8] 什么让你不能去外面玩？
        [age-9-12] 什么让你不能多去外面玩？
        [age-13-17] 什么让你不能在户外多待一些时间？
       *[parent] 什么让您的孩子不能多去外面玩？
    }
q-what-stops-hint =
    { $audience ->
        [age-5-8] 对的都可以选。
       *[other] 选出所有符合的。
    }
q-what-stops-traffic =
    { $audience ->
        [age-5-8] 汽车
        [age-9-12] 马路上车很多
       *[other] 车多、马路繁忙
    }
q-what-stops-too-far =
    { $audience ->
        [age-5-8] 太远了
       *[other] 离得太远
    }
q-what-stops-feel-unsafe =
    { $audience ->
        [age-5-8] 我会害怕
        [parent] 感觉不安全
       *[other] 我觉得不安全
    }
q-what-stops-not-allowed =
    { $audience ->
        [age-5-8] 大人不让去
        [parent] 还不允许一个人去
       *[other] 家里不让我去
    }
q-what-stops-no-friends =
    { $audience ->
        [age-5-8] 没人和我玩
        [age-9-12] 没人和我玩
       *[other] 附近没有朋友
    }
q-what-stops-broken-dirty =
    { $audience ->
        [age-5-8] 东西坏了或很脏
       *[other] 地方破旧或很脏
    }
q-what-stops-no-time =
    { $audience ->
        [age-5-8] 没有时间
        [age-9-12] 没有时间（作业、课外班）
        [age-13-17] 没有时间（学习、社团）
       *[parent] 时间不够
    }

## Feeling safe, going alone, feeling welcome
## 觉得安全吗，自己去，受不受欢迎

q-feel-safe =
    { $audience ->
        [age-5-8] 在家附近外面玩，你觉得安全吗？
        [age-9-12] 在家附近的外面玩时，你觉得有多安全？
        [age-13-17] 在你住的街区外出时，你觉得有多安全？
       *[parent] 您觉得孩子在家附近的户外玩耍有多安全？
    }
q-feel-safe-hint =
    { $audience ->
        [age-5-8] 选一张脸。
        [age-9-12] 选一张脸。开心的脸表示很安全。
        [age-13-17] 我们问这个，是因为它能告诉城市哪些地方需要变得更安全。
       *[parent] 想一想孩子最常去的地方。
    }

q-goes-alone =
    { $audience ->
        [age-9-12] 没有大人陪，你能自己去玩的地方吗？
       *[parent] 没有大人陪，您的孩子会自己去玩耍的地方吗？
    }
q-goes-alone-hint =
    { $audience ->
        [age-9-12] 自己去，或者和朋友一起去。
       *[parent] 孩子自己去，或者和朋友一起去。
    }
q-goes-alone-yes = 经常去
q-goes-alone-sometimes = 有时候去
q-goes-alone-no = 只和大人一起去

q-feel-welcome = 在公园、广场和商场里，你觉得自己受欢迎吗？
q-feel-welcome-hint = 年轻人有时会被要求离开公共场所。我们问这个，是想让城市知道这种事有没有发生。

## Where they live
## 住在哪里

q-home-area = 你住在城里的哪个区域？
q-home-area-hint =
    { $audience ->
        [age-9-12] 这能帮城市看出哪些区域需要改变。
        [age-13-17] 我们问这个，是为了让城市看出哪些区域最需要改变。结果只按人数多的群体显示，从不针对某一个人。
       *[parent] 这能帮助城市看出哪些区域最需要改变。
    }

q-free-place =
    { $audience ->
        [age-9-12] 你家附近有不用花钱就能和朋友见面的地方吗？
        [age-13-17] 你附近有没有不用花钱就能和朋友见面的地方？
       *[parent] 您家附近有没有孩子不用花钱就能和朋友见面的地方？
    }
q-free-place-yes = 有
q-free-place-no = 没有
q-free-place-not-sure =
    { $audience ->
        [age-9-12] 我不知道
       *[other] 不确定
    }

## What they would change
## 他们想改变什么

q-add-to-place =
    { $audience ->
        [age-5-8] 什么能让你的公园或游乐场更好？
        [age-9-12] 什么能让你附近玩的地方变得更好？
        [age-13-17] 什么能让你附近打发空闲时间的地方变得更好？
       *[parent] 什么能让您家附近玩耍的地方对孩子来说更好？
    }
q-add-to-place-hint =
    { $audience ->
        [age-5-8] 你最多可以选 3 个。
       *[other] 最多选 3 个。
    }
q-add-to-place-trees-flowers =
    { $audience ->
        [age-5-8] 树和花
       *[other] 更多树木和自然
    }
q-add-to-place-new-play =
    { $audience ->
        [age-13-17] 运动、滑板、攀岩
        [parent] 更好的游乐设施
       *[other] 新的秋千和滑梯
    }
q-add-to-place-safe-crossing =
    { $audience ->
        [age-5-8] 安全过马路
       *[other] 安全过马路，车开慢一点
    }
q-add-to-place-toilets-water =
    { $audience ->
        [age-5-8] 厕所和水
       *[other] 厕所和饮用水
    }
q-add-to-place-lights =
    { $audience ->
        [age-5-8] 天黑时有灯
       *[other] 晚上更好的照明
    }
q-add-to-place-seats-shelter =
    { $audience ->
        [age-5-8] 能坐、能躲雨的地方
       *[other] 座椅、遮阳和避雨的地方
    }

q-city-first = 城市应该先做什么？
q-city-first-hint =
    { $audience ->
        [age-9-12] 给它们排好顺序。1 号是最重要的。
       *[other] 按顺序排列，最重要的排第一。
    }
q-city-first-safer-streets =
    { $audience ->
        [age-9-12] 更安全的街道（车开慢一点）
       *[other] 更安全的街道和人行横道
    }
q-city-first-more-green = 更多公园和自然
q-city-first-better-playgrounds = 更好的游乐场和球场
q-city-first-youth-spaces =
    { $audience ->
        [age-9-12] 给大孩子的地方
        [age-13-17] 给年轻人的地方
       *[parent] 给青少年的地方
    }
q-city-first-clean-lit = 干净、明亮的地方

q-city-listens =
    { $audience ->
        [age-9-12] 你觉得城市会听孩子们的想法吗？
        [age-13-17] 你觉得城市会听年轻人的想法吗？
       *[parent] 您觉得城市在规划游乐场所时，会听取孩子和家庭的意见吗？
    }
q-city-listens-hint =
    { $audience ->
        [age-9-12] 选一张脸。开心的脸表示城市听得很多。
       *[other] 诚实的回答能帮助城市做得更好。
    }

q-my-street =
    { $audience ->
        [age-13-17] 关于你家所在的街道，你有多同意下面的说法？
       *[parent] 关于您居住的街道，您有多同意下面的说法？
    }
q-my-street-hint = 每一行选一个答案。
q-my-street-safe-to-cross = 过这条街很安全。
q-my-street-clean = 街道很干净。
q-my-street-lit-at-night = 晚上街道照明很好。
q-my-street-welcome = 年轻人在这条街上受欢迎。
list-agree-disagree = 不同意
list-agree-not-sure = 不确定
list-agree-agree = 同意

q-your-idea =
    { $audience ->
        [age-5-8] 你有什么好主意，能让大家玩得更好？
        [age-9-12] 用你自己的话说：你想怎样改变玩的地方？
        [age-13-17] 用你自己的话说：你想怎样改变你附近玩耍和见面的地方？
       *[parent] 用您自己的话说：什么能给孩子的玩耍带来最大的改变？
    }
q-your-idea-hint =
    { $audience ->
        [age-5-8] 大人可以帮你写。
        [parent] 请不要写姓名、地址或电话号码。
       *[other] 请不要写名字、地址或电话号码。
    }

## Areas (same ids as the `journeys` survey)
## 区域（与 `journeys` 问卷的 id 相同）

area-old-town = 老城区
area-riverside = 河滨区
area-north-hill = 北山区
area-station = 车站区
area-green-park = 绿园区
