namespace Approvals.DataSet;

/// <summary>A plausible Chinese name per person number: 60 surnames × 40 × 40 given-name characters, so a search by name finds a handful of cases, not all.</summary>
public static class PersonNames
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾";
    private const string First = "建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏辉玲飞鑫波宇浩";
    private const string Second = "文斌华丹琳倩晨阳雪梅宁欣然一凡子涵思远佳怡嘉欣志强海燕俊杰晓东春明新宇家豪";

    public static string Of(int person) =>
        string.Concat(Surnames[person % Surnames.Length], First[person / Surnames.Length % First.Length], Second[person / (Surnames.Length * First.Length) % Second.Length]);
}
