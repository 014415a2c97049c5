/**
 * Chinese for every message and fix the data loaders write (src/data/*.ts): here what the checks of
 * a file's content say (cross-references, CSV, migration, schema), in problemText.zhRead.ts what
 * reading a file says. Each rule is an anchored pattern with a group per variable part and a
 * template: `$1` puts group 1 back as it is (ids, file names, numbers), `%1` puts it back translated
 * (a message inside a message). test/unit/data/problemText.test.ts fails, naming it, for any
 * message without a rule.
 */

export type Translate = (text: string) => string;
export type Template = string | ((groups: readonly string[], tr: Translate) => string);
export type Rule = readonly [RegExp, Template];

/** The CSV columns that must not be empty, as the Chinese header names them. */
const CSV_COLUMN: Record<string, string> = {
  name: '企业名称',
  cluster: '集群',
  tier: '梯队',
  source: '来源',
};

/** The records softRepair.ts may leave out of a file, as its messages name them. */
const RECORD_NOUN: Record<string, string> = { source: '来源', cluster: '集群', entry: '索引条目' };

/** What the checks of a file's content say, most specific first. */
export const CONTENT_RULES: readonly Rule[] = [
  // src/import/mapping.ts: a city cell that does not read, where the address or code placed the firm
  [
    /^"(.*)" is not one of the (\d+) cities; the firm was placed by its address or credit code \((.*)\)$/,
    '“$1”不是 $2 个地市之一；已按地址或统一社会信用代码确定城市（$3）',
  ],
  [/^check the city cell; correct it if the placement is wrong$/, '请检查城市一栏；如定位有误请改正'],
  // mergeUser.ts: firms reviewed in the import wizard
  [/^cluster "([^"]*)" is not in the dataset$/, '数据集中没有集群“$1”'],
  [/^import the list again into a cluster that is shown$/, '请把名录重新导入到当前显示的某个集群'],
  [/^"([^"]*)" is not a node or city of this dataset$/, '“$1”不是本数据集中的环节或城市'],
  [
    /^import the list again to place the firm on the chain shown$/,
    '请重新导入名录，把企业放到当前显示的产业链上',
  ],
  // softRepair.ts
  [
    /^(.*); this (\w+)(?: \("([^"]*)"\))? was left out, the rest of the file is used$/,
    (g, tr) =>
      `${tr(g[1] ?? '')}；该${RECORD_NOUN[g[2] ?? ''] ?? '记录'}${g[3] ? `（"${g[3]}"）` : ''}已略去，文件其余内容照常使用`,
  ],
  [/^the url is not text$/, '网址不是文本'],
  [/^the url is (\d+) characters long, over the limit of (\d+)$/, '网址有 $1 个字符，超过上限 $2 个字符'],
  [/^the url starts with "(.*)", which is not a web address$/, '网址以“$1”开头，不是网页地址'],
  [/^the url is not a complete http:\/\/ or https:\/\/ address$/, '网址不是完整的 http:// 或 https:// 地址'],
  [
    /^write the full address, starting with https:\/\/, or remove the url; the source is shown as plain text, without a link$/,
    '请填写以 https:// 开头的完整地址，或删除该网址；此来源只显示文字，不带链接',
  ],
  [
    /^this text is (\d+) characters long, over the limit of (\d+); it was shortened to (\d+) characters ending in "…"$/,
    '这段文字有 $1 个字符，超过上限 $2 个字符；已截短为 $3 个字符，以“…”结尾',
  ],
  [
    /^shorten it in the file to at most (\d+) characters; until then the shortened text is shown$/,
    '请在文件中把它缩短到不超过 $1 个字符；在此之前显示截短后的文字',
  ],
  [/^"verified" is neither true nor false$/, '“verified”既不是 true 也不是 false'],
  [
    /^write true or false, without quotes; until then the record is shown as unverified$/,
    '请写 true 或 false（不加引号）；在此之前该记录显示为未核实',
  ],
  // softFields.ts
  [
    /^(.*); this record(?: \("([^"]*)"\))? was left out, the rest of the cluster is shown$/,
    (g, tr) => `${tr(g[1] ?? '')}；该记录${g[2] ? `（"${g[2]}"）` : ''}已略去，集群其余内容照常显示`,
  ],
  [
    /^(.*); the dependency was ignored, the node is shown$/,
    (g, tr) => `${tr(g[1] ?? '')}；已忽略该对外依赖字段，节点照常显示`,
  ],
  [/^"(.*)" is not a list$/, '“$1”不是列表'],
  [/^write "(.*)" as a list of records, or remove it$/, '请把“$1”写成记录列表，或删除它'],
  [/^empty record$/, '空记录'],
  [/^remove it or fill it in$/, '请删除或补全它'],
  [/^segments is not a list of node ids$/, 'segments 不是节点 id 列表'],
  [
    /^list the ids of chain nodes the target is about; the field was ignored, the target is shown$/,
    '请列出该目标涉及的产业链节点 id；已忽略此字段，目标照常显示',
  ],
  [/^node "(.*)" is not a node of this chain$/, '节点“$1”不是本产业链中的节点'],
  [
    /^use the id of a node in cluster\.chain\.nodes; this reference was ignored$/,
    '请使用 cluster.chain.nodes 中某个节点的 id；已忽略这个引用',
  ],
  [
    /^use the id of a node in cluster\.chain\.nodes; the item is shown without it$/,
    '请使用 cluster.chain.nodes 中某个节点的 id；该条目照常显示，但不关联节点',
  ],
  [
    /^add it to sources\.json \(or the file's own "sources" list\); this record was left out$/,
    '请在 sources.json（或本文件自己的 "sources" 列表）中添加该来源；该记录已略去',
  ],
  [/^duplicate id "(.*)"$/, 'id“$1”重复'],
  [/^give each record its own id; this one was left out$/, '请为每条记录设置不同的 id；这一条已略去'],
  [/^target "(.*)" does not exist$/, '目标“$1”不存在'],
  [
    /^use the id of one of cluster\.targets; this reference was ignored$/,
    '请使用 cluster.targets 中某个目标的 id；已忽略这个引用',
  ],
  // crossref.ts
  [/^source "(.*)" is not defined$/, '来源“$1”未定义'],
  [
    /^add it to sources\.json \(or the file's own "sources" list\), or fix the id$/,
    '请在 sources.json（或本文件自己的 "sources" 列表）中添加该来源，或改正这个 id',
  ],
  [/^unknown city adcode "(.*)"$/, '城市代码“$1”不存在'],
  [/^use one of the adcodes listed in cities\.json$/, '请使用 cities.json 中列出的城市代码'],
  [/^duplicate id "(.*)" \(already used at (.*)\)$/, 'id“$1”重复（已在 $2 使用）'],
  [/^give each record its own id$/, '请为每条记录设置不同的 id'],
  [/^focus area "(.*)" does not exist$/, '重点领域“$1”不存在'],
  [/^use an id from cluster\.focusAreas$/, '请使用 cluster.focusAreas 中的 id'],
  [/^link points to node "(.*)", which does not exist$/, '连线指向的节点“$1”不存在'],
  [
    /^use the id of a node in cluster\.chain\.nodes, or remove the link$/,
    '请使用 cluster.chain.nodes 中某个节点的 id，或删除这条连线',
  ],
  [/^link connects a node to itself$/, '连线的起点和终点是同一个节点'],
  [/^remove the link$/, '请删除这条连线'],
  [/^segment "(.*)" is not a node of this chain$/, '环节“$1”不是本产业链中的节点'],
  [/^use the id of a node in cluster\.chain\.nodes$/, '请使用 cluster.chain.nodes 中某个节点的 id'],
  [/^duplicate source id "(.*)" \(also in (.*)\)$/, '来源 id“$1”重复（$2 中也有）'],
  [
    /^give each source its own id, or cite the existing one$/,
    '请为每个来源设置不同的 id，或直接引用已有的来源',
  ],
  [/^duplicate city adcode "(.*)"$/, '城市代码“$1”重复'],
  [/^list each city once$/, '每个城市只列一次'],
  [/^duplicate region id "(.*)"$/, '区域 id“$1”重复'],
  [/^give each region its own id$/, '请为每个区域设置不同的 id'],
  [/^list only adcodes of cities in this file$/, '只能列出本文件中城市的城市代码'],
  [/^region "(.*)" is not defined$/, '区域“$1”未定义'],
  [/^use the id of one of the regions in this file$/, '请使用本文件中某个区域的 id'],
  [/^duplicate cluster id "(.*)" \(also in (.*)\)$/, '集群 id“$1”重复（$2 中也有）'],
  [/^give each cluster its own id$/, '请为每个集群设置不同的 id'],
  // csv.ts, csvColumns.ts
  [/^the file has no rows$/, '文件中没有任何行'],
  [/^choose a CSV file with a header row and data rows$/, '请选择有表头行和数据行的 CSV 文件'],
  [/^choose a CSV file with a header row$/, '请选择有表头行的 CSV 文件'],
  [
    /^a quoted cell starting in this row is never closed, so everything after it ran together$/,
    '从这一行开始的带引号单元格没有闭合，之后的内容全部连在了一起',
  ],
  [
    /^add the missing closing quote \("\) — or remove the stray opening one — and load the file again$/,
    '请补上缺少的右引号（"），或删除多余的左引号，然后重新加载文件',
  ],
  [
    /^a quoted cell in this row has text after its closing quote, so the rows after it ran together$/,
    '这一行有个带引号的单元格在右引号之后还有文字，导致后面的行连在了一起',
  ],
  [
    /^inside a quoted cell write a quote as two quotes \(""\), and put nothing between the closing quote and the next comma$/,
    '带引号的单元格里，引号要写成两个引号（""）；右引号和下一个逗号之间不要有任何内容',
  ],
  [
    /^this row has (\d+) cells? but the header has (\d+); the row was left out$/,
    '这一行有 $1 个单元格，但表头有 $2 个；此行未读入',
  ],
  [
    /^a cell probably contains a comma: put that cell in double quotes, or remove the extra cells$/,
    '可能某个单元格里有逗号：请用双引号把该单元格括起来，或删除多余的单元格',
  ],
  [
    /^add the missing cells \(an empty cell is just two commas in a row\)$/,
    '请补上缺少的单元格（空单元格就是两个相邻的逗号）',
  ],
  [/^column "(.*)" is not one we read; it was ignored$/, '无法识别“$1”列，已忽略'],
  [
    /^rename it to one of the columns listed in data\/README\.md, or remove it$/,
    '请改为 data/README.md 中列出的列名之一，或删除该列',
  ],
  [/^column "(.*)" appears twice$/, '“$1”列出现了两次'],
  [/^keep one of the two columns$/, '请只保留其中一列'],
  [/^missing columns?: (.+)$/, '缺少列：$1'],
  [
    /^the first row must name the columns: name, city, cluster, segment, tier, source \(or 企业名称, 城市, 集群, 环节, 梯队, 来源\)$/,
    '第一行必须是列名：企业名称、城市、集群、环节、梯队、来源（或 name、city、cluster、segment、tier、source）',
  ],
  // the import's workbooks: src/import/readWorkbook.ts and sheetText.ts, parseBytes.ts
  [
    /^this sheet has more than ([\d,]+) rows; it was not read$/,
    (g) => `此工作表超过 ${g[1]?.replaceAll(',', '')} 行，未读取`,
  ],
  [
    /^split the list into files of at most ([\d,]+) rows, or remove the rows you do not need$/,
    (g) => `请把名录拆分成每个不超过 ${g[1]?.replaceAll(',', '')} 行的文件，或删除不需要的行`,
  ],
  [
    /^this sheet has ([\d,]+) rows of ([\d,]+) columns, more than the ([\d,]+) cells that can be read; it was not read$/,
    (g) =>
      `此工作表有 ${g[1]?.replaceAll(',', '')} 行 × ${g[2]?.replaceAll(',', '')} 列，超过可读取的 ${g[3]?.replaceAll(',', '')} 个单元格，未读取`,
  ],
  [
    /^delete the columns you do not need \(and any stray cell far to the right of the table\), then save the file again$/,
    '请删除不需要的列（以及表格右侧远处零散的单元格），然后重新保存文件',
  ],
  [
    /^save only the sheet with the enterprise list, or split the list into smaller files$/,
    '请只保存企业名录所在的工作表，或把名录拆分成较小的文件',
  ],
  [
    /^the workbook could not be read: it is damaged or not a spreadsheet$/,
    '无法读取该工作簿：文件已损坏，或不是电子表格',
  ],
  [
    /^open it in Excel or WPS and save it again as \.xlsx, or as "CSV UTF-8"$/,
    '请用 Excel 或 WPS 打开它，重新另存为 .xlsx，或另存为“CSV UTF-8（逗号分隔）”',
  ],
  [/^the workbook is protected with a password$/, '该工作簿设有密码保护'],
  [
    /^open it in Excel or WPS, remove the password \(File › Info › Protect Workbook\), and save it again as \.xlsx or as "CSV UTF-8"$/,
    '请用 Excel 或 WPS 打开它，取消密码（文件 › 信息 › 保护工作簿），然后重新另存为 .xlsx 或“CSV UTF-8（逗号分隔）”',
  ],
  [
    /^check that this is the enterprise list: a table with a header row and one row per firm$/,
    '请确认这是企业名录：一张带表头行、每家企业一行的表格',
  ],
  [/^the spreadsheet reader could not be loaded$/, '无法加载电子表格读取程序'],
  [/^check the connection, reload the page and try again$/, '请检查网络连接，刷新页面后重试'],
  // csvEnterprises.ts
  [/^(\w+) is empty$/, (g) => `${CSV_COLUMN[g[1] ?? ''] ?? g[1]}为空`],
  [
    /^fill it in; every firm needs a name, a cluster, a tier and a source$/,
    '请填写；每家企业都需要名称、集群、梯队和来源',
  ],
  [/^no cluster "(.*)" in this dataset$/, '本数据集中没有集群“$1”'],
  [
    /^use a cluster id \(e\.g\. petrochem\) or its Chinese name \(e\.g\. 绿色石化\)$/,
    '请使用集群 id（如 petrochem）或中文名称（如 绿色石化）',
  ],
  [/^unknown tier "(.*)"$/, '无法识别的梯队“$1”'],
  [
    /^use 链主, 龙头, 隐形冠军, 专精特新 or 其他 \(or chain-leader, leading, hidden-champion, specialized, other\)$/,
    '请填写 链主、龙头、隐形冠军、专精特新 或 其他（也可写 chain-leader、leading、hidden-champion、specialized、other）',
  ],
  [/^no city "(.*)" in this dataset$/, '本数据集中没有城市“$1”'],
  [
    /^use the city adcode \(e\.g\. 440100\) or its name \(广州 \/ Guangzhou\)$/,
    '请使用城市代码（如 440100）或城市名称（广州 / Guangzhou）',
  ],
  [/^"(.*)" is not a segment of (.+)$/, '“$1”不是$2的产业链环节'],
  [
    /^use a node id or node name from that cluster's chain diagram, or leave the cell empty$/,
    '请使用该集群产业链图中的节点 id 或节点名称，或将此单元格留空',
  ],
  [/^"(.*)" is not yes or no$/, '“$1”不是“是”或“否”'],
  [/^write true or false \(是 \/ 否\), or leave it empty$/, '请填写 是 / 否（或 true / false），或留空'],
  [/^the source link is not an http\(s\) address$/, '来源链接不是 http(s) 地址'],
  [/^write the full address, starting with https:\/\/$/, '请填写以 https:// 开头的完整地址'],
  [/^the citation is too long or malformed to record$/, '来源引文过长或格式有误，无法记录'],
  [
    /^shorten it to a title of at most 300 characters, and put the address in source_url$/,
    '请缩短为不超过 300 个字符的标题，并把网址填在 source_url 列',
  ],
  [/^"(.*)" is already listed in (.+); the row was not added$/, '“$1”已在$2中列出；此行未添加'],
  [/^remove the row, or correct the firm's name$/, '请删除此行，或改正企业名称'],
  [/^shorten or correct the cell$/, '请缩短或改正该单元格'],
  // migrate.ts
  [/^both "(.*)" and "(.*)" are given$/, '同时给出了“$1”和“$2”'],
  [/^keep either "(.*)" or the (.*)_zh\/(.*)_en pair$/, '请只保留“$1”，或只保留 $2_zh/$3_en 这一对'],
  [/^cluster type (.*) is neither 支柱 nor 新兴$/, '集群类型 $1 既不是“支柱”也不是“新兴”'],
  [/^write "支柱" \(pillar\) or "新兴" \(emerging\)$/, '请写 "支柱" 或 "新兴"'],
  [
    /^not a ChainAtlas data file: the top level is a list$/,
    '不是 ChainAtlas 数据文件：顶层是列表，而不是对象',
  ],
  [/^not a ChainAtlas data file: the top level is not an object$/, '不是 ChainAtlas 数据文件：顶层不是对象'],
  [
    /^a data file is one JSON object \{…\}; see data\/README\.md$/,
    '数据文件是一个 JSON 对象 {…}；见 data/README.md',
  ],
  [/^schemaVersion (.*) is not a version number$/, 'schemaVersion $1 不是版本号'],
  [/^write "schemaVersion": (.*)$/, '请写 "schemaVersion": $1'],
  [
    /^this file was made by a newer ChainAtlas \(format version (.*); this app reads up to version (.*)\)$/,
    '此文件由较新版本的 ChainAtlas 生成（格式版本 $1；本应用最高只能读取版本 $2）',
  ],
  [
    /^update the app \(reload the page, or get its latest release\), then load the file again$/,
    '请更新本应用（刷新页面，或获取最新版本），然后重新加载文件',
  ],
  // parseFile.ts and the schema's own messages (schema.ts)
  [
    /^give this field the expected type \(see data\/README\.md\)$/,
    '请把此字段改成要求的类型（见 data/README.md）',
  ],
  [
    /^remove the field or check its spelling against data\/README\.md$/,
    '请删除该字段，或对照 data/README.md 检查拼写',
  ],
  [/^use one of the allowed values listed in data\/README\.md$/, '请使用 data/README.md 中列出的允许值之一'],
  [/^fill in this field; it may not be empty$/, '请填写此字段，不能为空'],
  [/^shorten this value$/, '请缩短这个值'],
  [/^write the value in the format the message names$/, '请按上面说明的格式填写'],
  [
    /^give this field one of the shapes listed in data\/README\.md$/,
    '请按 data/README.md 中列出的格式之一填写此字段',
  ],
  [/^correct the value \(see data\/README\.md\)$/, '请改正这个值（见 data/README.md）'],
  [
    /^this number is too large to represent \(a value like 1e999 reads as Infinity\)$/,
    '数字太大，无法表示（像 1e999 这样的值会被读作 Infinity）',
  ],
  [/^write an ordinary number$/, '请写一个普通的数字'],
  [/^unknown fields? (.+)$/, '未知字段 $1'],
  [/^(\d+) more problems in this file are not listed$/, '此文件还有 $1 个问题未列出'],
  [/^fix the ones above first, then load the file again$/, '请先改正上面的问题，然后重新加载文件'],
  [
    /^ids use lower-case letters, digits and hyphens \(e\.g\. "petrochem"\)$/,
    'id 只能用小写字母、数字和连字符（如 "petrochem"）',
  ],
  [/^an adcode is six digits, e\.g\. "440100" for 广州市$/, '城市代码是六位数字，例如广州市为 "440100"'],
  [/^dates are YYYY, YYYY-MM or YYYY-MM-DD$/, '日期格式为 YYYY、YYYY-MM 或 YYYY-MM-DD'],
  [/^every record needs at least one source id$/, '每条记录至少需要一个来源 id'],
  [/^a source url starts with http:\/\/ or https:\/\/$/, '来源网址须以 http:// 或 https:// 开头'],
  // src/import/mapping.ts: a department's 企业名录 read through a column mapping
  [/^the header row (\d+) is past the end of the sheet$/, '表头行（第 $1 行）超出了工作表的末尾'],
  [/^choose the row that holds the column headers$/, '请选择列名所在的那一行作为表头行'],
  [/^no column is mapped to the firm's name$/, '没有哪一列对应企业名称'],
  [
    /^choose the column that holds the firms' names \(企业名称\) as the name column$/,
    '请把存放企业名称的那一列设为“企业名称”列',
  ],
  [/^this row has no firm name; it was left out$/, '这一行没有企业名称，未读入'],
  [
    /^fill in the firm's name \(企业名称\) in this row, or delete the row$/,
    '请在这一行填写企业名称，或删除这一行',
  ],
  [
    /^the firm's name is (\d+) characters long; it was cut to (\d+), ending in "…"$/,
    '企业名称有 $1 个字符，已截短为 $2 个字符，以“…”结尾',
  ],
  [
    /^check the cell: a name this long is usually an address or a description pasted into the name column$/,
    '请检查该单元格：这么长的名称通常是把地址或简介填进了名称列',
  ],
  [
    /^"(.*)" is not in any of the (\d+) cities on the map; the firm is kept off the map until a city is given$/,
    '“$1”不在地图上的 $2 个地市之内；填写地市之前，该企业不在地图上显示',
  ],
  [
    /^"(.*)" names the province, not one of its (\d+) cities; the firm is kept off the map until a city is given$/,
    '“$1”是省级名称或代码，不是 $2 个地市之一；填写地市之前，该企业不在地图上显示',
  ],
  [
    /^"(.*)" is a place name in more than one city; the firm is kept off the map until a city is given$/,
    '“$1”是多个地市都有的地名；填写地市之前，该企业不在地图上显示',
  ],
  [
    /^no city could be read from "(.*)"; the firm is kept off the map until a city is given$/,
    '无法从“$1”读出地市；填写地市之前，该企业不在地图上显示',
  ],
  [
    /^the row gives no city, address or credit code; the firm is kept off the map until a city is given$/,
    '这一行没有填写城市、地址或统一社会信用代码；填写地市之前，该企业不在地图上显示',
  ],
  [
    /^write the city \(e\.g\. 深圳市 or 440300\) in the city column, or an address that starts with the city$/,
    '请在城市列填写地市（如 深圳市 或 440300），或填写以地市开头的地址',
  ],
  [/^this is not a saved column mapping: (.*)$/, '这不是保存的列对应关系：%1'],
  [
    /^choose a mapping file saved by the import, or map the columns again$/,
    '请选择导入时保存的列对应关系文件，或重新对应各列',
  ],
];

/** Places (`Problem.where`) that are not JSON paths. */
export const WHERE_RULES: readonly Rule[] = [
  [/^$/, '整个文件'],
  [/^line (\d+), column (\d+)$/, '第 $1 行第 $2 列'],
  [/^row (\d+)$/, '第 $1 行'],
  [/^row (\d+), column (\d+) "(.*)"$/, '第 $1 行第 $2 列“$3”'],
  [/^row (\d+), column (.+)$/, '第 $1 行“$2”列'],
  [/^byte (\d+)$/, '第 $1 字节'],
  // src/import/mapping.ts: before `sheet "…"`, which would also match these
  [/^sheet "(.*)", row (\d+), column ([A-Z]+) "(.*)"$/, '工作表“$1”第 $2 行 $3 列“$4”'],
  [/^sheet "(.*)", row (\d+)$/, '工作表“$1”第 $2 行'],
  [/^sheet "(.*)"$/, '工作表“$1”'],
];
