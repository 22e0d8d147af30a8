// Family names that Chinese, Korean and Vietnamese names write first ("Wang Donghai", "Kim Dae-jung", "Nguyen Van
// Linh"): an article names the person by that first word alone afterwards ("Wang was arrested"), not by the last.
// Common romanisations (pinyin, Wade-Giles, Korean and Vietnamese forms); names that are also English words or
// given names of other languages (He, Long, Song, Park, Moon, Lee, Le) are left out, as their first word alone
// would be read as a person anywhere.

const NAMES = new Set(
  `
  wang zhang liu chen yang huang zhao zhou xu zhu guo luo zheng liang xie tang deng feng cao peng zeng xiao tian
  dong pan yuan cai jiang wei lu ding shen yao qian cui kang qiu qin jia xue hou lei duan hao kong shao gu lai
  tan jin wen zou xiong qiao yin
  chang cheng chou chu hsu kuo lin tsai wu chiang chao hsieh teng tseng yeh
  kim choi chung jung cho yoon jang lim shin seo kwon hwang ahn yoo jeon roh baek
  nguyen tran pham hoang huynh phan vu vo dang bui ngo duong
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a name's first word is a family name written first ("Wang" of "Wang Donghai"). */
export const isFamilyFirst = (word: string): boolean => NAMES.has(word.toLowerCase());
