using SafetyBot.Bot.Flows.Quiz;
using SafetyBot.Bot.Storage;
using static SafetyBot.UnitTests.Quiz.QuizSamples;

namespace SafetyBot.UnitTests.Quiz;

/// <summary>Which questions <see cref="QuizRoundPlanner"/> puts in a round, and in which order.</summary>
public sealed class QuizRoundPlannerTests
{
    [Fact]
    public void A_round_has_ten_different_questions_when_there_are_more()
    {
        var plan = QuizRoundPlanner.Plan(Questions(8, "basis", "risico"), [], Now, "seed");

        Assert.Equal(QuizRoundPlanner.RoundSize, plan.Count);
        Assert.Equal(10, plan.Count);
        Assert.Equal(plan.Count, plan.Distinct().Count());
    }

    [Fact]
    public void Without_questions_the_round_is_empty()
    {
        Assert.Empty(QuizRoundPlanner.Plan([], [Missed("gone", Now.AddDays(-1))], Now, "seed"));
    }

    [Fact]
    public void Due_missed_questions_come_first_the_longest_due_first()
    {
        var questions = Questions(6, "basis");
        var progress = new List<QuizProgress>
        {
            Missed("basis-5", Now.AddHours(-1)),
            Missed("basis-2", Now.AddDays(-3)),
            Missed("basis-4", Now),
        };

        var plan = QuizRoundPlanner.Plan(questions, progress, Now, "seed");

        Assert.Equal(["basis-2", "basis-5", "basis-4"], plan.Take(3));
    }

    [Fact]
    public void A_missed_question_that_is_not_yet_due_waits_for_its_day()
    {
        var questions = Questions(3, "basis");

        var plan = QuizRoundPlanner.Plan(questions, [Missed("basis-1", Now.AddMinutes(1))], Now, "seed");

        Assert.DoesNotContain("basis-1", plan);
        Assert.Equal(2, plan.Count);
    }

    [Fact]
    public void A_due_question_the_user_may_no_longer_get_is_left_out()
    {
        // Progress on a question that left the content or is not for the user's school type.
        var plan = QuizRoundPlanner.Plan(Questions(2, "basis"), [Missed("elsewhere", Now.AddDays(-1))], Now, "seed");

        Assert.DoesNotContain("elsewhere", plan);
    }

    [Fact]
    public void Unseen_questions_take_turns_over_the_topics()
    {
        var questions = Questions(5, "basis", "risico", "signalen");

        var plan = QuizRoundPlanner.Plan(questions, [], Now, "seed");

        // Every block of three holds each topic once, in the same topic order.
        var topics = plan.Select(id => id.Split('-')[0]).ToList();
        var first = topics.Take(3).ToList();
        Assert.Equal(3, first.Distinct().Count());
        for (var i = 0; i < topics.Count; i++)
        {
            Assert.Equal(first[i % 3], topics[i]);
        }
    }

    [Fact]
    public void A_topic_that_runs_out_leaves_the_turns_to_the_others()
    {
        var questions = Questions(1, "basis").Concat(Questions(6, "risico")).ToList();

        var plan = QuizRoundPlanner.Plan(questions, [], Now, "seed");

        Assert.Equal(7, plan.Count);
        Assert.Contains("basis-1", plan.Take(2));
    }

    [Fact]
    public void Mastered_questions_only_fill_the_round_the_least_recently_answered_first()
    {
        var questions = Questions(12, "basis");
        var progress = new List<QuizProgress>
        {
            Mastered("basis-1", Now.AddDays(-1)),
            Mastered("basis-2", Now.AddDays(-20)),
            Mastered("basis-3", Now.AddDays(-5)),
            Mastered("basis-4", Now.AddDays(-9)),
        };

        var plan = QuizRoundPlanner.Plan(questions, progress, Now, "seed");

        // Eight unseen questions first, then the two mastered ones answered longest ago.
        Assert.All(plan.Take(8), id => Assert.DoesNotContain(id, progress.Select(p => p.QuestionId)));
        Assert.Equal(["basis-2", "basis-4"], plan.Skip(8));
    }

    [Fact]
    public void The_order_is_due_then_unseen_then_mastered()
    {
        var questions = Questions(4, "basis");
        var progress = new List<QuizProgress> { Mastered("basis-1", Now.AddDays(-2)), Missed("basis-2", Now.AddDays(-1)) };

        var plan = QuizRoundPlanner.Plan(questions, progress, Now, "seed");

        Assert.Equal("basis-2", plan[0]);
        Assert.Equal(["basis-3", "basis-4"], plan.Skip(1).Take(2).Order(StringComparer.Ordinal));
        Assert.Equal("basis-1", plan[^1]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_round_and_another_seed_another_order()
    {
        var questions = Questions(6, "basis", "risico", "signalen");

        var once = QuizRoundPlanner.Plan(questions, [], Now, "user-a\nround-1");
        var again = QuizRoundPlanner.Plan(questions, [], Now, "user-a\nround-1");
        var other = QuizRoundPlanner.Plan(questions, [], Now, "user-a\nround-2");

        Assert.Equal(once, again);
        Assert.NotEqual(once, other);
    }

    [Fact]
    public void The_answers_are_shown_in_an_order_of_the_round_and_all_of_them()
    {
        var question = Question("q1", answers: 4);

        var orders = Enumerable.Range(0, 20).Select(i => QuizRoundPlanner.AnswerOrder($"round-{i}", question)).ToList();

        Assert.All(orders, order => Assert.Equal([0, 1, 2, 3], order.Order()));
        Assert.Equal(orders[3], QuizRoundPlanner.AnswerOrder("round-3", question));
        Assert.True(orders.Select(o => string.Join(',', o)).Distinct().Count() > 1, "the answer order never changes between rounds");
        Assert.Contains(orders, o => o[0] != 0);
    }

    [Fact]
    public void Two_questions_in_one_round_get_their_own_answer_order()
    {
        var orders = Enumerable.Range(0, 10)
            .Select(i => QuizRoundPlanner.AnswerOrder("round", Question($"q{i}", answers: 4)))
            .Select(o => string.Join(',', o))
            .Distinct()
            .Count();

        Assert.True(orders > 1, "every question of the round has the same answer order");
    }
}
